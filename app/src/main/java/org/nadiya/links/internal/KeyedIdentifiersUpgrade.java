package org.nadiya.links.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.nadiya.security.AtRestUpgrades;
import org.nadiya.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Once, at start-up (V36, decision 0073): identifiers stored before keyed match keys get them, in link_identifier and
 * in link_hit, and their clear displays are encrypted. Reads in pages by id so that a large table is not held at once.
 */
@Component
class KeyedIdentifiersUpgrade {

    static final String NAME = "V36 links: keyed match keys, encrypted displays";
    private static final int PAGE = 1000;

    private final AtRestUpgrades upgrades;
    private final JdbcClient jdbc;
    private final IdentifierForms forms;
    private final FieldEncryption encryption;

    KeyedIdentifiersUpgrade(AtRestUpgrades upgrades, JdbcClient jdbc, IdentifierForms forms, FieldEncryption encryption) {
        this.upgrades = upgrades;
        this.jdbc = jdbc;
        this.forms = forms;
        this.encryption = encryption;
    }

    @PostConstruct
    void upgrade() {
        upgrades.once(NAME, () -> {
            identifiers();
            hits();
        });
    }

    private record Row(long id, String valueKey, String matchKey, String display) {
    }

    private void identifiers() {
        long last = 0;
        List<Row> page;
        do {
            page = jdbc.sql("select id, value_key, match_key, display from link_identifier where id > :last order by id"
                            + " fetch first " + PAGE + " rows only").param("last", last)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
            for (Row row : page) {
                String display = row.display().startsWith("v1:") ? row.display()
                        : encryption.encrypt(row.display(), LinkColumns.DISPLAY.context(row.valueKey()));
                jdbc.sql("update link_identifier set match_key = :k, display = :d where id = :id")
                        .param("k", forms.stored(row.matchKey())).param("d", display).param("id", row.id()).update();
                last = row.id();
            }
        } while (page.size() == PAGE);
    }

    private void hits() {
        long last = 0;
        List<Row> page;
        do {
            page = jdbc.sql("select id, match_key from link_hit where id > :last and kind <> :name order by id"
                            + " fetch first " + PAGE + " rows only").param("last", last).param("name", HitStore.NAME_KIND)
                    .query((rs, n) -> new Row(rs.getLong(1), null, rs.getString(2), null)).list();
            for (Row row : page) {
                jdbc.sql("update link_hit set match_key = :k where id = :id").param("k", forms.stored(row.matchKey()))
                        .param("id", row.id()).update();
                last = row.id();
            }
        } while (page.size() == PAGE);
    }
}
