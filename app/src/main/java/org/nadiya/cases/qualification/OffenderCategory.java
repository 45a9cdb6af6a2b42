package org.nadiya.cases.qualification;

/** The offender's status as far as investigative jurisdiction (CPC Art. 216) cares. */
public enum OffenderCategory implements Coded {
    NONE, LAW_ENFORCEMENT, JUDGE, HIGH_OFFICIAL, MILITARY
}
