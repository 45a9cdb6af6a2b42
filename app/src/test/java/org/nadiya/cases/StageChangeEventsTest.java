package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@NadiyaTest
@RecordApplicationEvents
class StageChangeEventsTest {

    @Autowired
    Proceedings proceedings;

    @Autowired
    ApplicationEvents events;

    @Test
    void everyStageChangeIsPublishedForTheModulesThatMustTellSomeone() {
        var admin = new CurrentUser(1, "events-test", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        String erdr = String.format("%017d", 70_000_000_000L + System.nanoTime() % 1_000_000_000L);
        long id = proceedings.register(admin, new ProceedingDraft(erdr, today.minusDays(30), "UA-05", "Вигадана",
                List.of(new LegalQualification("149", 1)), false, false, Set.of(), Set.of(), InvestigativeBody.NPU, null));
        proceedings.move(admin, id, Stage.SUSPICION_NOTIFIED, today.minusDays(10), null);
        proceedings.move(admin, id, Stage.INDICTMENT_SENT, today, null);
        assertThat(events.stream(ProceedingStageChanged.class).filter(e -> e.proceedingId() == id))
                .extracting(ProceedingStageChanged::to).containsExactly(Stage.SUSPICION_NOTIFIED, Stage.INDICTMENT_SENT);
    }
}
