package org.nadiya.testsupport;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits (at most ten seconds, polling) for what an asynchronous application-module listener does after a commit.
 * Returns the last value read; the caller's assertion then fails with it if the condition never held.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T value(Supplier<T> read, Predicate<T> done) {
        long until = System.nanoTime() + 10_000_000_000L;
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
