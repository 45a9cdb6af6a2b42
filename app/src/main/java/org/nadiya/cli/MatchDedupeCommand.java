package org.nadiya.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.identifiers.Identifiers;
import org.nadiya.match.persons.BirthDate;
import org.nadiya.match.persons.PersonDeduplicator;
import org.nadiya.match.persons.PersonRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = {"Groups records of the same person. Input: CSV (UTF-8) with columns id and name, and any of dob",
                "(YYYY-MM-DD, DD.MM.YYYY or YYYY), phone, email, iban, place (of birth); output: id,cluster,evidence,",
                "where cluster is the id of the cluster's first record and evidence says why a record joined another",
                "(\"joined a1: name 0.99; date of birth exact\"). Records join only when something besides the name",
                "agrees. Exits 2 naming the line and column when the input is not valid."})
class MatchDedupeCommand implements Callable<Integer> {

    private static final Map<String, IdentifierKind> IDENTIFIER_COLUMNS =
            Map.of("phone", IdentifierKind.PHONE, "email", IdentifierKind.EMAIL, "iban", IdentifierKind.IBAN);
    private static final Set<String> ALLOWED = Set.of("id", "name", "dob", "phone", "email", "iban", "place");

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV with columns id,name[,dob,phone,email,iban,place]")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write: id,cluster,evidence")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path partial = MatchFiles.partialFor(out);
        List<PersonRecord> records = read();
        var clusters = new PersonDeduplicator().run(records);
        int[] cluster = clusters.cluster();
        String[] evidence = new String[records.size()];
        for (var join : clusters.joins()) {
            String said = "joined " + records.get(join.first()).id() + ": " + String.join("; ", join.evidence());
            evidence[join.second()] = evidence[join.second()] == null ? said : evidence[join.second()] + " | " + said;
        }
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            CsvFile.writeRow(writer, List.of("id", "cluster", "evidence"));
            for (int i = 0; i < records.size(); i++) {
                CsvFile.writeRow(writer, List.of(records.get(i).id(), records.get(cluster[i]).id(),
                        evidence[i] == null ? "" : evidence[i]));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        MatchFiles.publish(partial, out);
        return 0;
    }

    private List<PersonRecord> read() throws IOException {
        // Cards are not read here; the key only satisfies the normaliser and is never kept.
        byte[] unusedCardKey = new byte[32];
        new SecureRandom().nextBytes(unusedCardKey);
        var identifiers = new Identifiers(unusedCardKey);
        List<PersonRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvFile csv = CsvFile.open("--input", input)) {
            List<String> header = csv.next();
            if (header == null || !header.contains("id") || !header.contains("name")) {
                throw new IllegalArgumentException("--input: the header (line 1) must name the columns id and name");
            }
            for (String column : header) {
                if (!ALLOWED.contains(column)) {
                    throw new IllegalArgumentException("--input: unknown column '" + column + "' in the header; allowed: "
                            + "id, name, dob, phone, email, iban, place");
                }
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != header.size()) {
                    throw csv.error("has " + row.size() + " fields, the header has " + header.size());
                }
                String id = row.get(header.indexOf("id")).strip();
                if (id.isEmpty() || !ids.add(id)) {
                    throw csv.error(id.isEmpty() ? "id is empty" : "id '" + id + "' appears twice");
                }
                BirthDate dob = null;
                String place = null;
                Set<String> keys = new LinkedHashSet<>();
                for (int c = 0; c < header.size(); c++) {
                    String column = header.get(c);
                    String value = row.get(c).strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    try {
                        if (column.equals("dob")) {
                            dob = BirthDate.parse(value);
                        } else if (column.equals("place")) {
                            place = value;
                        } else if (IDENTIFIER_COLUMNS.containsKey(column)) {
                            var check = identifiers.check(IDENTIFIER_COLUMNS.get(column), value);
                            if (!check.isValid()) {
                                throw new IllegalArgumentException(check.problem());
                            }
                            keys.add(check.identifier().matchKey());
                        }
                    } catch (IllegalArgumentException e) {
                        throw csv.error(column + ": " + e.getMessage());
                    }
                }
                records.add(PersonRecord.of(id, row.get(header.indexOf("name")), dob, keys, place));
            }
        }
        return records;
    }
}
