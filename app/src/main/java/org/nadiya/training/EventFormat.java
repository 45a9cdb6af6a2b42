package org.nadiya.training;

public enum EventFormat {
    IN_PERSON,
    ONLINE
}
