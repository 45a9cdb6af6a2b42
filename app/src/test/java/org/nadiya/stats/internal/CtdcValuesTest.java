package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;

/** Forms of exploitation in CTDC's variables and codes (the codebook's list kept as test data). */
class CtdcValuesTest {

    private static final CtdcCodebook CODEBOOK = CtdcCodebook.load();

    private static Map<String, String> of(String... forms) {
        List<String> values = CtdcValues.exploitation(List.of(forms));
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byName.put(CtdcValues.VARIABLES.get(i), values.get(i));
        }
        return byName;
    }

    @Test
    void everyFormAndEveryPairGiveOnlyCodebookCodes() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CtdcValues.exploitation(List.of()));
        for (ExploitationForm a : ExploitationForm.values()) {
            for (ExploitationForm b : ExploitationForm.values()) {
                rows.add(CtdcValues.exploitation(List.of(a.name(), b.name()).stream().distinct().toList()));
            }
        }
        assertThat(CODEBOOK.problems(CtdcValues.VARIABLES, rows, Set.of())).isEmpty();
    }

    @Test
    void beggingAndCriminalActivityAreLabourDebtBondageIsAMeansOfControl() {
        var begging = of("FORCED_BEGGING");
        assertThat(begging.get("isForcedLabour")).isEqualTo("1");
        assertThat(begging.get("isOtherExploit")).isEqualTo("0");
        assertThat(begging.get("typeOfLabourBegging")).isEqualTo("1");
        assertThat(begging.get("typeOfLabourConcatenated")).isEqualTo("Begging");
        assertThat(begging.get("typeOfExploitConcatenated")).isEqualTo("Forced labour");
        assertThat(of("CRIMINAL_ACTIVITY").get("typeOfLabourIllicitActivities")).isEqualTo("1");
        var debt = of("DEBT_BONDAGE", "FORCED_LABOUR");
        assertThat(debt.get("meansOfControlDebtBondage")).isEqualTo("1");
        assertThat(debt.get("typeOfLabourBegging")).isEqualTo("0");
        assertThat(of("DEBT_BONDAGE").get("isForcedLabour")).isEqualTo(CtdcValues.MISSING);
        assertThat(of("FORCED_LABOUR").get("meansOfControlDebtBondage")).isEqualTo(CtdcValues.MISSING);
    }

    @Test
    void theConcatenatedVariableHoldsCtdcCategoriesNeverNadiyaCodes() {
        var both = of("FORCED_BEGGING", "SEXUAL_EXPLOITATION");
        assertThat(both.get("typeOfExploitConcatenated"))
                .isEqualTo("Forced labour;Sexual exploitation;Combined sexual and labour exploitation");
        assertThat(both.get("isSexAndLabour")).isEqualTo("1");
        assertThat(of("FORCED_MARRIAGE").get("isForcedMarriage")).isEqualTo("1");
        assertThat(of("ORGAN_REMOVAL").get("isOrganRemoval")).isEqualTo("1");
        assertThat(of("SERVITUDE").get("isSlaveryAndPractices")).isEqualTo("1");
        assertThat(of("ADOPTION_FOR_PROFIT").get("isOtherExploit")).isEqualTo("1");
        for (ExploitationForm form : ExploitationForm.values()) {
            assertThat(String.join(",", CtdcValues.exploitation(List.of(form.name())))).doesNotContain(form.name());
        }
    }

    @Test
    void nothingKnownIsMissingNotZero() {
        assertThat(CtdcValues.exploitation(List.of())).containsOnly(CtdcValues.MISSING);
    }
}
