package org.nadiya.cooperation;

/** What is asked of (or by) the foreign side, and through which channel. */
public enum RequestKind {
    MUTUAL_LEGAL_ASSISTANCE,
    EXTRADITION,
    TRANSFER_OF_PROCEEDINGS,
    JOINT_INVESTIGATION_TEAM,
    EUROPOL_SIENA,
    EUROJUST,
    INTERPOL_NOTICE,
    LIAISON_CONTACT
}
