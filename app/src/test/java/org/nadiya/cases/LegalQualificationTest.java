package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.kernel.InvalidInputException;

class LegalQualificationTest {

    @Test
    void parsesTheWrittenForms() {
        assertThat(LegalQualification.parse("149.2")).isEqualTo(new LegalQualification("149", 2));
        assertThat(LegalQualification.parse(" 150-1:3 ")).isEqualTo(new LegalQualification("150-1", 3));
        assertThat(LegalQualification.parse("303 ч.3")).isEqualTo(new LegalQualification("303", 3));
        assertThat(LegalQualification.parse("149 part 1")).isEqualTo(new LegalQualification("149", 1));
    }

    @Test
    void refusesWhatIsNotAnArticleAndPart() {
        assertThatThrownBy(() -> LegalQualification.parse("149")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'149' is not an article and part");
        assertThatThrownBy(() -> new LegalQualification("149", 0)).hasMessageContaining("part 0");
    }

    @Test
    void seriousnessFollowsTheMostSeriousQualification() {
        assertThat(ArticleCatalogue.seriousness(List.of(new LegalQualification("149", 1)))).isEqualTo(Seriousness.GRAVE);
        assertThat(ArticleCatalogue.seriousness(List.of(new LegalQualification("150", 1)))).isEqualTo(Seriousness.NON_GRAVE);
        assertThat(ArticleCatalogue.seriousness(List.of(new LegalQualification("150", 1), new LegalQualification("149", 2))))
                .isEqualTo(Seriousness.ESPECIALLY_GRAVE);
        assertThat(ArticleCatalogue.seriousness(List.of(new LegalQualification("999", 1))))
                .as("unknown parts count as grave").isEqualTo(Seriousness.GRAVE);
    }
}
