package org.nadiya.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.kernel.FormInput;
import org.nadiya.training.Level;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.OfficialRole;

/** One participant as typed on the event page; {@code days} are the dates ticked. */
public record ParticipantForm(String name, String contact, String agencyCode, String role, String level,
                              String regionCode, List<String> days, String preScore, String postScore) {

    NewParticipant toParticipant() {
        Set<LocalDate> attended = new TreeSet<>();
        if (days != null) {
            days.forEach(d -> attended.add(FormInput.date(d, "days")));
        }
        return new NewParticipant(name, contact, agencyCode, FormInput.choice(OfficialRole.class, role, "role"),
                FormInput.choice(Level.class, level, "level"), regionCode, attended, score(preScore, "preScore"),
                score(postScore, "postScore"));
    }

    private static Integer score(String text, String field) {
        Long score = FormInput.number(text, field);
        return score == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, score));
    }
}
