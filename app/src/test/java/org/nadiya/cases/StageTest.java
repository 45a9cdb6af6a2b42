package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTest {

    @ParameterizedTest
    @CsvSource({
        "REGISTERED,SUSPICION_NOTIFIED,true", "REGISTERED,SUSPENDED,true", "REGISTERED,CLOSED,true",
        "REGISTERED,INDICTMENT_SENT,false", "REGISTERED,TRIAL,false",
        "SUSPICION_NOTIFIED,INDICTMENT_SENT,true", "SUSPICION_NOTIFIED,REGISTERED,false",
        "INDICTMENT_SENT,TRIAL,true", "INDICTMENT_SENT,SUSPENDED,false",
        "TRIAL,VERDICT_CONVICTION,true", "TRIAL,VERDICT_ACQUITTAL,true", "TRIAL,APPEAL,false",
        "VERDICT_CONVICTION,APPEAL,true", "VERDICT_ACQUITTAL,APPEAL,true", "VERDICT_CONVICTION,CLOSED,false",
        "APPEAL,VERDICT_CONVICTION,true", "SUSPENDED,SUSPICION_NOTIFIED,true", "SUSPENDED,TRIAL,false",
        "CLOSED,REGISTERED,false", "CLOSED,TRIAL,false"})
    void allowsOnlyLegalMoves(Stage from, Stage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
