package org.nadiya.security.internal;

import java.util.List;
import java.util.Optional;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.Agency;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcReferenceData implements ReferenceData {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcReferenceData(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public List<Region> regions() {
        return jdbc.sql("select * from region order by case when code = 'UA' then 0 else 1 end, code")
                .query(JdbcReferenceData::region).list();
    }

    @Override
    public Optional<Region> region(String code) {
        return jdbc.sql("select * from region where code = :c").param("c", code).query(JdbcReferenceData::region).optional();
    }

    @Override
    public List<Agency> agencies() {
        return jdbc.sql("select * from agency order by kind, code").query(JdbcReferenceData::agency).list();
    }

    @Override
    public Optional<Agency> agency(String code) {
        return jdbc.sql("select * from agency where code = :c").param("c", code).query(JdbcReferenceData::agency).optional();
    }

    @Override
    @Transactional
    public Agency addAgency(Agency agency) {
        String code = agency.code() == null ? "" : agency.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidInputException("code", "error.common.code.format");
        }
        if (isBlank(agency.nameUk()) || isBlank(agency.nameEn())) {
            throw new InvalidInputException("name", "error.security.name.bothLanguages");
        }
        if (!Agency.KINDS.contains(agency.kind())) {
            throw new InvalidInputException("kind", "error.security.kind.choose", Agency.KINDS);
        }
        if (agency(code).isPresent()) {
            throw new InvalidInputException("code", "error.security.code.taken", code);
        }
        var added = new Agency(code, agency.nameUk().trim(), agency.nameEn().trim(), agency.kind(), true);
        jdbc.sql("insert into agency (code, name_uk, name_en, kind, active) values (:code, :uk, :en, :kind, true)")
                .param("code", added.code()).param("uk", added.nameUk()).param("en", added.nameEn())
                .param("kind", added.kind()).update();
        audit.record(AuditEvent.allowed("AGENCY_ADDED", "agency", code));
        return added;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /*
     * Explicit row mappers: mapping by class first asks the driver for the component's camel-case name (nameUk), which
     * H2 answers with an exception it also writes to its trace file, on every read of the reference data (issue 15).
     */
    private static Region region(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name_uk"), rs.getString("name_en"), rs.getString("kind"));
    }

    private static Agency agency(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name_uk"), rs.getString("name_en"), rs.getString("kind"),
                rs.getBoolean("active"));
    }
}
