package org.nadiya.referrals.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the partner directory. */
@Repository
class PartnerStore {

    private final JdbcClient jdbc;

    PartnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Partner> find(ServiceType service, String region) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (service != null) {
            where.add("exists (select 1 from partner_service s where s.agency_code = p.agency_code and s.service = :service)");
            params.put("service", service.name());
        }
        if (region != null) {
            where.add("exists (select 1 from partner_region r where r.agency_code = p.agency_code"
                    + " and r.region_code in (:region, 'UA'))");
            params.put("region", region);
        }
        var codes = jdbc.sql("select p.agency_code from partner p join agency a on a.code = p.agency_code"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by a.name_uk")
                .params(params).query(String.class).list();
        return codes.stream().map(this::get).flatMap(Optional::stream).toList();
    }

    Optional<Partner> get(String code) {
        return jdbc.sql("""
                select p.agency_code, a.name_uk, a.name_en, p.kind, p.contacts, p.capacity
                from partner p join agency a on a.code = p.agency_code where p.agency_code = :code
                """)
                .param("code", code)
                .query((rs, n) -> new Partner(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartnerKind.valueOf(rs.getString(4)), services(code), strings("partner_region", "region_code", code),
                        strings("partner_language", "language", code), rs.getString(5), rs.getObject(6, Integer.class)))
                .optional();
    }

    private Set<ServiceType> services(String code) {
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        jdbc.sql("select service from partner_service where agency_code = :c").param("c", code).query(String.class).list()
                .forEach(s -> services.add(ServiceType.valueOf(s)));
        return services;
    }

    private Set<String> strings(String table, String column, String code) {
        return new TreeSet<>(jdbc.sql("select " + column + " from " + table + " where agency_code = :c")
                .param("c", code).query(String.class).list());
    }

    void upsert(Partner p, Instant now) {
        int updated = jdbc.sql("update partner set kind = :kind, contacts = :contacts, capacity = :capacity,"
                        + " updated_at = :now where agency_code = :code")
                .param("kind", p.kind().name()).param("contacts", p.contacts()).param("capacity", p.capacity())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("code", p.agencyCode()).update();
        if (updated == 0) {
            jdbc.sql("insert into partner (agency_code, kind, contacts, capacity, updated_at)"
                            + " values (:code, :kind, :contacts, :capacity, :now)")
                    .param("kind", p.kind().name()).param("contacts", p.contacts()).param("capacity", p.capacity())
                    .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("code", p.agencyCode()).update();
        }
        replace("partner_service", "service", p.agencyCode(), p.services().stream().map(Enum::name).toList());
        replace("partner_region", "region_code", p.agencyCode(), List.copyOf(p.regions()));
        replace("partner_language", "language", p.agencyCode(), List.copyOf(p.languages()));
    }

    private void replace(String table, String column, String code, List<String> values) {
        jdbc.sql("delete from " + table + " where agency_code = :c").param("c", code).update();
        for (String value : values) {
            jdbc.sql("insert into " + table + " (agency_code, " + column + ") values (:c, :v)")
                    .param("c", code).param("v", value).update();
        }
    }
}
