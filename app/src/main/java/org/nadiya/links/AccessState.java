package org.nadiya.links;

/** A request to open a hit: the other team decides. */
public enum AccessState {
    REQUESTED,
    ACCEPTED,
    DECLINED
}
