package org.nadiya.audit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Audit appends that wait, on this thread, until no transaction holds a pool connection any more: a refusal recorded
 * inside a transaction (it must stay even when that transaction rolls back) and a read recorded inside a read-only
 * transaction (which cannot write). Writing them in a transaction of their own at once would take a second pool
 * connection while the first is held; with many concurrent requests every request then waits for a connection that
 * another waiting request holds (issue 15, point 2). {@link AuditedTransactionManager} runs them as soon as the
 * outermost transaction has given its connection back, before the transactional method returns to its caller.
 */
final class DeferredAppends {

    private static final ThreadLocal<List<Runnable>> PENDING = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<int[]> OPEN_TRANSACTIONS = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<Boolean> FLUSHING = ThreadLocal.withInitial(() -> false);

    private DeferredAppends() {
    }

    static void defer(Runnable append) {
        PENDING.get().add(append);
    }

    static void transactionBegun() {
        OPEN_TRANSACTIONS.get()[0]++;
    }

    /** Called after a transaction's connection went back to the pool; runs what waited once none is open. */
    static void transactionEnded() {
        int[] open = OPEN_TRANSACTIONS.get();
        open[0] = Math.max(0, open[0] - 1);
        if (open[0] == 0) {
            flush();
        }
    }

    /** Runs every waiting append (each in its own transaction); the first failure is thrown after all were tried. */
    private static void flush() {
        if (FLUSHING.get() || PENDING.get().isEmpty()) {
            return;
        }
        FLUSHING.set(true);
        RuntimeException failure = null;
        try {
            var pending = PENDING.get();
            while (!pending.isEmpty()) {
                try {
                    pending.remove(0).run();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
        } finally {
            FLUSHING.set(false);
            PENDING.remove();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
