package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15, point 8: completed event publications are deleted after the retention (7 days); incomplete ones stay. */
@NadiyaTest
class EventRetentionTest {

    @Autowired
    EventPublicationRetention retention;

    @Autowired
    JdbcClient jdbc;

    private UUID publication(int publishedDaysAgo, Integer completedDaysAgo) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into event_publication (id, completion_date, event_type, listener_id, publication_date,
                                               serialized_event, status, completion_attempts)
                values (:id, :done, 'org.nadiya.test.Event', 'test.listener', :published, '{}', :status, 1)""")
                .param("id", id).param("done", completedDaysAgo == null ? null : now.minusDays(completedDaysAgo))
                .param("published", now.minusDays(publishedDaysAgo))
                .param("status", completedDaysAgo == null ? "PROCESSING" : "COMPLETED").update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeleted() {
        var old = publication(9, 8);
        var recent = publication(2, 1);
        var incomplete = publication(30, null);
        retention.purge();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(incomplete)).as("an incomplete one waits for its listener").isTrue();
        jdbc.sql("delete from event_publication where event_type = 'org.nadiya.test.Event'").update();
    }
}
