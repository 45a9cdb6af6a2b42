package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo proceedings reach back over three years, so that trends and period filters show something. */
@NadiyaTest
class DemoSpreadTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoProceedingsAreRegisteredOverAtLeastThreeCalendarYearsAndNoneInTheFuture() {
        var dates = jdbc.sql("select registered_on from proceeding where summary like 'ВИГАДАНА СПРАВА%'")
                .query(LocalDate.class).list();
        assertThat(dates).hasSizeGreaterThanOrEqualTo(36);
        var today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        assertThat(dates).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(today));
        assertThat(dates.stream().map(LocalDate::getYear).distinct().count()).isGreaterThanOrEqualTo(3);
        // every stage change of a demo proceeding lies between its registration and today
        long outOfOrder = jdbc.sql("""
                select count(*) from stage_transition t join proceeding p on p.id = t.proceeding_id
                where p.summary like 'ВИГАДАНА СПРАВА%' and (t.occurred_on < p.registered_on or t.occurred_on > :today)""")
                .param("today", today).query(Long.class).single();
        assertThat(outOfOrder).isZero();
    }
}
