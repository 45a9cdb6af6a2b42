package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only place the statistics read the referrals module's tables (read-only, see decision 0018): one fact per
 * referral sent in the period, with the partner's kind and the days until the partner answered.
 */
@Component
class ReferralFacts implements FactSource {

    private final JdbcClient jdbc;
    private final RecordKeys keys;

    ReferralFacts(JdbcClient jdbc, RecordKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public List<Unit> facts(LocalDate from, LocalDate to) {
        String sql = "select r.id, r.service, r.status, r.outcome, r.sent_at, r.answered_at, p.kind from referral r"
                + " join partner p on p.agency_code = r.partner_code where 1 = 1"
                + (from == null ? "" : " and r.sent_at >= :from") + (to == null ? "" : " and r.sent_at < :to");
        var params = new java.util.HashMap<String, Object>();
        if (from != null) {
            params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            LocalDate sent = rs.getObject("sent_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDate();
            var answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
            String status = rs.getString("status");
            boolean accepted = !"DECLINED".equals(status) && answeredAt != null;
            LocalDate answered = accepted ? answeredAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate() : null;
            String outcome = rs.getString("outcome");
            Map<String, List<String>> v = new java.util.HashMap<>(Map.of("service", List.of(rs.getString("service")),
                    "partner_kind", List.of(rs.getString("kind")),
                    "status", List.of(status),
                    "outcome", List.of(outcome == null ? Bands.NONE : outcome),
                    "time_to_acceptance", List.of(Bands.days(sent, answered))));
            Calendar.put(v, sent);
            long id = rs.getLong("id");
            return new Unit(id, keys.of("referral", id), v);
        }).list();
    }
}
