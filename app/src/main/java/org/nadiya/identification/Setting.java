package org.nadiya.identification;

/** Where the officer met the person (for statistics; says nothing about who the person is). */
public enum Setting {
    BORDER_CHECK,
    DOCUMENT_CHECK,
    LABOUR_INSPECTION,
    OTHER_CRIME,
    STATION_OR_TRANSPORT,
    RECEPTION_CENTRE,
    PATROL,
    OTHER
}
