package org.nadiya.victims;

import java.util.Set;

import org.nadiya.cases.ExploitationForm;

/**
 * A person to register. {@code proceedingId} and {@code role} optionally link the person to a proceeding the
 * registering user sees; support never depends on a proceeding (Law 3739-VI, Art. 16(6)).
 */
public record NewPerson(PersonKind kind, Sex sex, String citizenship, String regionCode,
                        Set<ExploitationForm> exploitationForms, boolean crsv, Identity identity, Long proceedingId,
                        PersonKind role) {

    @Override
    public String toString() {
        return "NewPerson[" + kind + ", " + regionCode + "]";
    }
}
