package org.nadiya.cases.qualification;

/** How the offender stands to a victim; anything but {@code NONE} aggravates to part 3 when the victim is a minor. */
public enum OffenderRelation implements Coded {
    NONE, PARENT, ADOPTIVE_PARENT, GUARDIAN, CUSTODIAN
}
