package org.nadiya.finance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.flow.FlowEngine;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/**
 * A generated statement set (the engine's generator with planted patterns: fan-in, cycles, layering, structuring,
 * mule accounts ...) uploaded to the demo prosecutor's first proceeding and analysed, so the demo shows findings.
 */
@Component
class FinanceDemoData implements DemoContributor {

    static final String FILE_NAME = "demo-bank-statement.csv";

    private final FinanceService finance;
    private final Proceedings proceedings;
    private final UserAdministration users;

    FinanceDemoData(FinanceService finance, Proceedings proceedings, UserAdministration users) {
        this.finance = finance;
        this.proceedings = proceedings;
        this.users = users;
    }

    @Override
    public String name() {
        return "finance.statements";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext context) {
        UserAccount a = users.find("prosecutor").orElseThrow();
        CurrentUser prosecutor = new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(),
                a.regionCode(), a.supervisor());
        long proceeding = proceedings.search(prosecutor, new ProceedingFilter(null, null, null, null, null, null, null,
                        null, null, 0, 200)).rows().stream().mapToLong(ProceedingRow::id).min().orElseThrow();
        var csv = new StringWriter();
        try {
            FlowEngine.generate(400, 4_000, 2026, true, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finance.upload(prosecutor, proceeding, FILE_NAME, "text/csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                new FinancialAnalyses.UploadOptions(null, null, null, false));
        finance.runNow(prosecutor, proceeding);
    }
}
