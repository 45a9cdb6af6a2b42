package org.nadiya.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.links.FtmSchema;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.match.identifiers.IdentifierKind;

/** The mapping alone: every kind, held by a person, an organisation or nobody, against FtM's schema files. */
class FtmMappingTest {

    private static final FtmSchema FTM = FtmSchema.load();

    private static final Map<IdentifierKind, String> DISPLAYS = Map.ofEntries(
            Map.entry(IdentifierKind.PHONE, "+380671234567"), Map.entry(IdentifierKind.EMAIL, "a@example.org"),
            Map.entry(IdentifierKind.IBAN, "UA213223130000026007233566001"),
            Map.entry(IdentifierKind.CARD, "411111******1111"), Map.entry(IdentifierKind.HANDLE, "telegram:job_abroad"),
            Map.entry(IdentifierKind.EDRPOU, "14360506"), Map.entry(IdentifierKind.RNOKPP, "******4575"),
            Map.entry(IdentifierKind.PASSPORT, "СН****56"), Map.entry(IdentifierKind.VEHICLE_PLATE, "UA:AA1234BX"),
            Map.entry(IdentifierKind.CRYPTO_WALLET, "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
            Map.entry(IdentifierKind.POSTAL_ADDRESS, "м. Київ, вул. Хрещатик, 1"));

    private static List<Map<String, Object>> export(String holder) {
        Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        if (holder != null) {
            entities.put(holder, FtmMapping.entity(holder, holder.startsWith(FtmMapping.ORGANISATION)
                    ? "Organization" : "Person", "name", "holder"));
        }
        long id = 1;
        for (IdentifierKind kind : IdentifierKind.values()) {
            FtmMapping.add(entities, new LinkedIdentifier(id++, 7, null, null, kind, DISPLAYS.get(kind),
                    IdentifierSource.MANUAL, "test", Instant.EPOCH, null), holder);
        }
        return new ArrayList<>(entities.values());
    }

    @Test
    void everyKindFitsFtmWhoeverHoldsIt() {
        assertThat(DISPLAYS).hasSize(IdentifierKind.values().length);
        for (String holder : new String[] {null, "nadiya-person-1", FtmMapping.ORGANISATION + "1"}) {
            var entities = export(holder);
            assertThat(FTM.problems(entities)).as("holder " + holder).isEmpty();
            assertThat(entities.toString()).doesNotContain("btc:", "telegram:", "UA:AA");
        }
    }

    @Test
    void maskedValuesAreNotesAndUnheldContactsAreParties() {
        var byPerson = export("nadiya-person-1").toString();
        assertThat(byPerson).contains("notes=[РНОКПП ******4575, passport СН****56]");
        var byNobody = export(null);
        assertThat(byNobody).anySatisfy(e -> assertThat(e.toString()).contains("schema=LegalEntity", "phone=[+380671234567]"));
        assertThat(byNobody.toString()).doesNotContain("4575", "СН****56");
    }
}
