package org.nadiya.identification;

import java.util.Map;

import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.victims.Sex;
import org.nadiya.victims.ServiceType;

/**
 * A screening as the officer's form or the offline queue sends it. No free text: every field is a choice.
 *
 * @param clientRef    random UUID made by the browser; a screening re-sent with the same one is stored once
 * @param regionCode   where the screening took place (default: the officer's region)
 * @param answers      indicator id to YES / NO / UNKNOWN; indicators left out are UNKNOWN
 * @param consent      the person agrees to be registered and handed to the regional Coordination Centre
 * @param sex          recorded on the protected person only with consent
 * @param need         the most pressing help, for the handover (with consent; default SAFETY)
 * @param proceedingId a proceeding the officer sees, to which the person is linked and a note added (with consent)
 */
public record ScreeningRequest(String clientRef, String regionCode, Setting setting, AgeBand age,
                               Map<String, Answer> answers, Boolean consent, Sex sex, ServiceType need,
                               Long proceedingId) {
}
