package org.nadiya.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decision 0073: identifiers stored before V36 (clear match key and display, a hit on the clear key) are keyed and
 * encrypted once at start-up, and still match, list and search as before.
 */
class KeyedIdentifiersUpgradeTest extends DemoWebTest {

    @Autowired
    KeyedIdentifiersUpgrade upgrade;

    @Autowired
    IdentifierForms forms;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Links links;

    @Autowired
    UserAdministration users;

    private long insertTheOldWay(long proceeding, String key, String display) {
        jdbc.sql("""
                insert into link_identifier (value_key, proceeding_id, kind, match_key, display, source, created_by,
                    created_at) values (:vk, :p, 'PHONE', :k, :d, 'MANUAL', 'prosecutor', :at)""")
                .param("vk", UUID.randomUUID().toString()).param("p", proceeding).param("k", key).param("d", display)
                .param("at", OffsetDateTime.now()).update();
        return jdbc.sql("select max(id) from link_identifier").query(Long.class).single();
    }

    @Test
    void clearRowsOfBeforeAreKeyedAndEncryptedOnceAndStillMatch() {
        var admin = users.find("admin").orElseThrow();
        var user = new CurrentUser(admin.id(), admin.username(), admin.displayName(), admin.roles(), admin.agencyCode(),
                admin.regionCode(), admin.supervisor());
        var two = jdbc.sql("select id from proceeding order by id fetch first 2 rows only").query(Long.class).list();
        String phone = String.format("+38093%07d", (System.nanoTime() / 1000) % 10_000_000);
        String clearKey = "PHONE:" + phone;
        long a = insertTheOldWay(two.get(0), clearKey, phone);
        long b = insertTheOldWay(two.get(1), clearKey, phone);
        jdbc.sql("insert into link_hit (kind, match_key, proceeding_a, proceeding_b, transnational, created_at)"
                        + " values ('PHONE', :k, :a, :b, false, :at)").param("k", clearKey).param("a", two.get(0))
                .param("b", two.get(1)).param("at", OffsetDateTime.now()).update();
        try {
            jdbc.sql("delete from at_rest_upgrade where name = :n").param("n", KeyedIdentifiersUpgrade.NAME).update();
            upgrade.upgrade();

            String keyed = forms.stored(clearKey);
            assertThat(keyed).matches("PHONE:hmac:[0-9a-f]{64}");
            for (long id : new long[] {a, b}) {
                var row = jdbc.sql("select match_key, display, value_key from link_identifier where id = :id")
                        .param("id", id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                                rs.getString(3)}).single();
                assertThat(row[0]).isEqualTo(keyed);
                assertThat(row[1]).startsWith("v1:").doesNotContain(phone.substring(4));
                assertThat(encryption.decrypt(row[1], "link_identifier.display:" + row[2])).isEqualTo(phone);
            }
            assertThat(jdbc.sql("select match_key from link_hit where proceeding_a = :a and proceeding_b = :b"
                    + " and kind = 'PHONE'").param("a", two.get(0)).param("b", two.get(1)).query(String.class).list())
                    .contains(keyed).noneMatch(k -> k.contains(phone));
            assertThat(links.identifiers(user, two.get(0))).extracting(LinkedIdentifier::display).contains(phone);
            assertThat(links.search(user, phone).identifiers()).extracting(LinkedIdentifier::id).contains(a, b);
            assertThat(links.lookup(user, List.of(clearKey))).singleElement()
                    .satisfies(h -> assertThat(h.matchKey()).isEqualTo(clearKey));

            // Once: a row written the old way after the upgrade is not touched by a second start.
            long late = insertTheOldWay(two.get(0), "PHONE:+380930000000x", "late");
            upgrade.upgrade();
            assertThat(jdbc.sql("select match_key from link_identifier where id = :id").param("id", late)
                    .query(String.class).single()).isEqualTo("PHONE:+380930000000x");
            jdbc.sql("delete from link_identifier where id = :id").param("id", late).update();
        } finally {
            jdbc.sql("delete from link_hit where proceeding_a = :a and proceeding_b = :b and kind = 'PHONE' and"
                    + " match_key in (:k)").param("a", two.get(0)).param("b", two.get(1))
                    .param("k", List.of(clearKey, forms.stored(clearKey))).update();
            jdbc.sql("delete from link_identifier where id in (:ids)").param("ids", List.of(a, b)).update();
        }
    }
}
