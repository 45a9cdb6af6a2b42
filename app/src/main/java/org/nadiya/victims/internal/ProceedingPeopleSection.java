package org.nadiya.victims.internal;

import org.nadiya.cases.WorkspaceSection;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ProceedingPersons;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The workspace's "People" section: the proceeding's victims and witnesses the user may know of. */
@Component
@Order(10)
public class ProceedingPeopleSection implements WorkspaceSection {

    private final ProceedingPersons people;

    ProceedingPeopleSection(ProceedingPersons people) {
        this.people = people;
    }

    @Override
    public String anchor() {
        return "people";
    }

    @Override
    public String titleKey() {
        return "proceeding.people";
    }

    @Override
    public String template() {
        return "persons/proceeding-people";
    }

    @Override
    public Object content(CurrentUser user, long proceedingId) {
        return people.seenBy(user, proceedingId);
    }
}
