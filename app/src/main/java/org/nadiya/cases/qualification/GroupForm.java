package org.nadiya.cases.qualification;

/** Whether the offenders acted alone, as a group on prior conspiracy (part 2) or as an organised group (part 3). */
public enum GroupForm implements Coded {
    NONE, PRIOR_CONSPIRACY, ORGANISED
}
