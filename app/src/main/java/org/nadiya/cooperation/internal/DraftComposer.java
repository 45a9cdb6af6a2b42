package org.nadiya.cooperation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.CatalogueEntry;
import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.cooperation.RequestPerson;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.springframework.stereotype.Component;

/**
 * Fills the template of the request's kind ({@code cooperation/drafts/KIND.txt}, Ukrainian) from the proceeding and
 * writes a DOCX. A person appears by name only when {@link Consents#allows} identity sharing with exactly this
 * authority for exactly this request (the consent names both) and the user may read the identity; otherwise by
 * pseudonym. Template lines starting with {@code # } are headings; {@code {persons}} expands to one line each.
 */
@Component
class DraftComposer {

    /** The document and how each person appears in it (counts only, for the audit entry). */
    record Draft(byte[] bytes, int pseudonymous, int named, List<String> lines) {
    }

    private final Proceedings proceedings;
    private final Persons persons;
    private final Consents consents;
    private final CooperationStore store;

    DraftComposer(Proceedings proceedings, Persons persons, Consents consents, CooperationStore store) {
        this.proceedings = proceedings;
        this.persons = persons;
        this.consents = consents;
        this.store = store;
    }

    Draft compose(CurrentUser user, CooperationRequest request, LocalDate today) {
        var proceeding = proceedings.open(user, request.proceedingId());
        var recipient = Recipient.foreignAuthority(request.authority(), request.reference());
        List<String> personLines = new ArrayList<>();
        int named = 0;
        for (RequestPerson p : request.persons()) {
            if (consents.allows(p.personId(), ConsentScope.SHARE_IDENTITY, recipient)
                    && persons.mayReadIdentity(user, p.personId())) {
                var identity = persons.identity(user, p.personId(), "Draft of cooperation request " + request.reference()
                        + " to " + request.authority() + ": the person consented to identity sharing");
                String name = identity.fullName() == null ? identity.nameLatin()
                        : identity.nameLatin() == null ? identity.fullName()
                        : identity.fullName() + " (" + identity.nameLatin() + ")";
                String born = identity.birthDate() == null ? "" : ", дата народження " + identity.birthDate();
                personLines.add(name + born + " — " + p.pseudonym());
                named++;
            } else {
                personLines.add(p.pseudonym() + " (особу позначено псевдонімом; згоди на передання її даних цьому органу немає)");
            }
        }
        if (personLines.isEmpty()) {
            personLines.add("—");
        }
        Map<String, String> values = Map.ofEntries(
                Map.entry("reference", request.reference()),
                Map.entry("date", today.toString()),
                Map.entry("authority", request.authority()),
                Map.entry("country", name(store.catalogue("country"), request.countryCode())),
                Map.entry("legalBasis", name(store.catalogue("cooperation_legal_basis"), request.legalBasis())),
                Map.entry("subjects", request.subjects().stream().map(s -> name(store.catalogue("cooperation_subject"), s))
                        .collect(Collectors.joining("; "))),
                Map.entry("erdr", proceeding.erdrNumber()),
                Map.entry("registeredOn", proceeding.registeredOn().toString()),
                Map.entry("qualification", proceeding.qualificationText()),
                Map.entry("facts", proceeding.summary() == null ? "—" : proceeding.summary()),
                Map.entry("requestSummary", request.summary() == null ? "—" : request.summary()),
                Map.entry("language", request.language()),
                Map.entry("author", user.displayName()));
        List<String> lines = new ArrayList<>();
        for (String line : template(request.kind().name())) {
            if (line.trim().equals("{persons}")) {
                personLines.forEach(l -> lines.add("• " + l));
            } else {
                lines.add(fill(line, values));
            }
        }
        return new Draft(docx(lines), request.persons().size() - named, named, lines);
    }

    private static String name(List<CatalogueEntry> catalogue, String code) {
        return catalogue.stream().filter(e -> e.code().equals(code)).map(CatalogueEntry::nameUk).findFirst().orElse(code);
    }

    private static String fill(String line, Map<String, String> values) {
        String out = line;
        for (var e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static List<String> template(String kind) {
        try (InputStream in = DraftComposer.class.getResourceAsStream("/cooperation/drafts/" + kind + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no draft template for " + kind);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx(List<String> lines) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                var paragraph = document.createParagraph();
                var run = paragraph.createRun();
                run.setFontFamily("Times New Roman");
                if (line.startsWith("# ")) {
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    run.setFontSize(14);
                    run.setText(line.substring(2));
                } else {
                    run.setFontSize(12);
                    run.setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
