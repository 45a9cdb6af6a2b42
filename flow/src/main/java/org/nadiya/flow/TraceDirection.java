package org.nadiya.flow;

/** Forward: where the money went. Backward: where it came from. */
public enum TraceDirection { FORWARD, BACKWARD }
