package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.cases.qualification.Act;
import org.nadiya.cases.qualification.Coded;
import org.nadiya.cases.qualification.GroupForm;
import org.nadiya.cases.qualification.Means;
import org.nadiya.cases.qualification.OffenderCategory;
import org.nadiya.cases.qualification.OffenderRelation;
import org.nadiya.cases.qualification.Purpose;
import org.nadiya.cases.qualification.Severity;
import org.nadiya.cases.qualification.Violence;

/** The page builds message keys from the facts' vocabulary, which MessageBundlesTest cannot see in templates. */
class QualificationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyValueOfTheVocabularyHasALabel(String bundle) throws IOException {
        var messages = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> needed = new TreeSet<>();
        add(needed, "qualification.act.", Act.values());
        add(needed, "qualification.means.", Means.values());
        add(needed, "qualification.violence.", Violence.values());
        add(needed, "qualification.purpose.", Purpose.values());
        add(needed, "qualification.relation.", OffenderRelation.values());
        add(needed, "qualification.category.", OffenderCategory.values());
        add(needed, "qualification.group.", GroupForm.values());
        add(needed, "qualification.severity.", Severity.values());
        assertThat(needed.stream().filter(k -> !messages.containsKey(k)).toList()).as(bundle).isEmpty();
    }

    private static void add(Set<String> keys, String prefix, Coded[] values) {
        List.of(values).forEach(v -> keys.add(prefix + v.code()));
    }
}
