package org.nadiya.flow;

/** Receives transactions one at a time as an importer streams them. */
@FunctionalInterface
public interface TransactionSink {

    void accept(Transaction transaction);
}
