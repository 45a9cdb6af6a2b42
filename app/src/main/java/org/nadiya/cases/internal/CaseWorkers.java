package org.nadiya.cases.internal;

/**
 * Who works with proceedings and their facts (always under need-to-know): everyone but partners and
 * researchers, who never see case data. Mirrors {@code CurrentUser.canReadProceedings()} for the navigation.
 */
public final class CaseWorkers {

    public static final String ONLY = "hasAnyRole('ADMIN','PROSECUTOR','INVESTIGATOR','OPERATIVE','ANALYST','COORDINATOR')";

    private CaseWorkers() {
    }
}
