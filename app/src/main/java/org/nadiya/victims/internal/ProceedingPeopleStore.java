package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.StatusDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persons of one proceeding with their role, responsible coordinator and latest status application. */
@Repository
class ProceedingPeopleStore {

    /** One participant as stored; the victim status fields are null when no application was made. */
    record Participant(long id, String pseudonym, PersonKind role, AgeGroup ageGroup, Long coordinatorId,
                       StatusDecision decision, LocalDate appliedOn, LocalDate decidedOn, LocalDate endsOn) {
    }

    private final JdbcClient jdbc;

    ProceedingPeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> of(long proceedingId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.pseudonym, pa.role, p.age_group, p.coordinator_id,
                       s.decision, s.applied_on, s.decided_on, coalesce(s.extended_until, s.valid_until) ends_on
                from participation pa
                join protected_person p on p.id = pa.person_id
                left join status_application s on s.id = (
                    select max(l.id) from status_application l where l.person_id = p.id
                      and l.applied_on = (select max(m.applied_on) from status_application m where m.person_id = p.id))
                where pa.proceeding_id = :proceeding and p.id in (:ids)
                order by pa.role, p.pseudonym""")
                .param("proceeding", proceedingId).param("ids", personIds)
                .query((rs, i) -> new Participant(rs.getLong("id"), rs.getString("pseudonym"),
                        PersonKind.valueOf(rs.getString("role")), AgeGroup.valueOf(rs.getString("age_group")),
                        rs.getObject("coordinator_id", Long.class),
                        rs.getString("decision") == null ? null : StatusDecision.valueOf(rs.getString("decision")),
                        rs.getObject("applied_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }
}
