package org.nadiya.referrals;

/** Kinds of partner organisations (shared/domain/victim-support.md). */
public enum PartnerKind {
    NGO,
    STATE_SOCIAL_SERVICE,
    HEALTH_FACILITY,
    FREE_LEGAL_AID_CENTRE,
    SHELTER,
    INTERNATIONAL_ORGANISATION
}
