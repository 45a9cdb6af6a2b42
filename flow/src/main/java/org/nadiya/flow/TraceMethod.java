package org.nadiya.flow;

/** FIFO: payments consume the oldest money first. Proportional: each payment carries a share of everything held. */
public enum TraceMethod { FIFO, PROPORTIONAL }
