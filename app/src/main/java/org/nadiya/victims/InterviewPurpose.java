package org.nadiya.victims;

/** Why a person is questioned. */
public enum InterviewPurpose {
    OPERATIVE_SURVEY, INTERROGATION, CONFRONTATION, COURT_HEARING, EXPERT_EXAMINATION
}
