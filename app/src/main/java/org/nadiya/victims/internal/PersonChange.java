package org.nadiya.victims.internal;

import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Sex;

/**
 * A change of a person's non-identifying data: a null field stays as it is; {@code citizenship} blank clears it,
 * {@code exploitationForms} empty clears them.
 */
record PersonChange(PersonKind kind, Sex sex, String citizenship, String regionCode,
                    Set<ExploitationForm> exploitationForms, Boolean crsv) {
}
