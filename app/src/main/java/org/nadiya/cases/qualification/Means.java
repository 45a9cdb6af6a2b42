package org.nadiya.cases.qualification;

/** The means of Art. 149 part 1; violence or its threat (see {@link Violence}) counts as coercion. */
public enum Means implements Coded {
    COERCION, ABDUCTION, DECEPTION, BLACKMAIL, DEPENDENCE, VULNERABILITY, BRIBERY_OF_CONTROLLER
}
