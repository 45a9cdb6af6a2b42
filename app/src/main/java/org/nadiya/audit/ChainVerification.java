package org.nadiya.audit;

/**
 * Result of re-computing the audit chain.
 *
 * @param entries    how many entries were checked
 * @param firstBroken sequence number of the first entry whose hash or link does not hold, or {@code -1}
 * @param problem    what is wrong with it, or {@code null} when the chain is intact
 */
public record ChainVerification(long entries, long firstBroken, String problem) {

    public boolean intact() {
        return firstBroken < 0;
    }
}
