package org.nadiya.cases.qualification;

/** Violence used, or threatened, against the victim or relatives; dangerous means dangerous to life or health. */
public enum Violence implements Coded {
    NONE, NON_DANGEROUS, NON_DANGEROUS_THREAT, DANGEROUS, DANGEROUS_THREAT;

    public boolean isDangerous() {
        return this == DANGEROUS || this == DANGEROUS_THREAT;
    }

    public boolean isNonDangerous() {
        return this == NON_DANGEROUS || this == NON_DANGEROUS_THREAT;
    }
}
