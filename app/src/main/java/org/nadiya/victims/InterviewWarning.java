package org.nadiya.victims;

/** Why another interview may re-traumatise the person; computed before an interview is planned. */
public enum InterviewWarning {
    /** A video-recorded testimony already exists (re-use it where procedure allows). */
    RECORDED_TESTIMONY_EXISTS,
    /** The person has already been interviewed as many times as the threshold allows. */
    THRESHOLD_REACHED,
    /** A child (or a person of unclear age) without a psychologist planned. */
    CHILD_NO_PSYCHOLOGIST,
    /** A child (or a person of unclear age) without a legal representative planned. */
    CHILD_NO_LEGAL_REPRESENTATIVE,
    /**
     * A child (or a person of unclear age) interviewed, or to be interviewed, within the period before or after this
     * one (Directive 2011/36/EU Art. 15(3)(e): as few interviews of a child victim as possible).
     */
    CHILD_REPEATED_INTERVIEW
}
