package org.nadiya.flow.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines before a statement's header row ("Виписка за рахунком", "Рахунок UA… (UAH)", the client's name): where
 * a single account's statement says whose account it is. A Ukrainian IBAN found there is the statement's account
 * (and a currency in brackets right after it the account's currency), so the analyst need not type it.
 */
final class Preamble {

    /** A Ukrainian IBAN, also written in groups of four; an optional currency code in brackets after it. */
    private static final Pattern IBAN = Pattern.compile(
            "\\b(UA[ \\u00a0]?\\d{2}(?:[ \\u00a0]?\\d){25})\\b(?:\\s*\\((?<ccy>[A-Z]{3})\\))?");

    private final List<String> lines = new ArrayList<>();
    private String account;

    /** The statement's account as the preamble named it (after {@link #settle}), or null. */
    String account() {
        return account;
    }

    /** Remembers a row read before the header (the first 50 are enough: the header is searched there). */
    void add(String[] row) {
        if (lines.size() < 50) {
            lines.add(String.join(" ", row));
        }
    }

    /**
     * The mapping with the statement's account settled: a layout with an owner column in this header keeps it
     * (rows name their account); otherwise the one IBAN of the preamble is the owner, checked against the given
     * account. Several different IBANs and none given: the analyst has to say which.
     */
    Mapping settle(Mapping mapping, String[] header, String given, String source) {
        if (hasOwnerColumn(mapping, header) || hasTwoSides(mapping, header)) {
            return given == null ? mapping : mapping.withOwner(given);
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = IBAN.matcher(line);
            while (m.find()) {
                String account = m.group(1).replaceAll("[ \\u00a0]", "");
                String currency = m.group("ccy");
                if (!found.containsKey(account) || found.get(account) == null) {
                    found.put(account, currency);
                }
            }
        }
        if (found.isEmpty()) {
            return given == null ? mapping : mapping.withOwner(given);
        }
        if (given != null) {
            String match = found.keySet().stream().filter(a -> CamtImporter.Accounts.same(a, given)).findFirst()
                    .orElse(null);
            if (match == null && found.size() == 1) {
                String account = found.keySet().iterator().next();
                throw new BadStatementException(source, "account.mismatch", "the statement is for account " + account
                        + ", not " + given + " as given", account, given);
            }
            account = match;
            return withCurrency(mapping.withOwner(match != null ? match : given), match == null ? null : found.get(match));
        }
        if (found.size() > 1) {
            String all = String.join(", ", found.keySet());
            throw new BadStatementException(source, "account.ambiguous", "the statement's heading names several "
                    + "accounts (" + all + "); say which is the statement's (--account)", all);
        }
        var only = found.entrySet().iterator().next();
        account = only.getKey();
        return withCurrency(mapping.withOwner(only.getKey()), only.getValue());
    }

    private static Mapping withCurrency(Mapping mapping, String currency) {
        return currency == null || Currencies.normalise(currency) == null ? mapping
                : mapping.withCurrency(Currencies.normalise(currency));
    }

    private static boolean hasOwnerColumn(Mapping mapping, String[] header) {
        return present(mapping, header, Field.OWNER_ACCOUNT);
    }

    private static boolean hasTwoSides(Mapping mapping, String[] header) {
        return present(mapping, header, Field.FROM_ACCOUNT) && present(mapping, header, Field.TO_ACCOUNT);
    }

    private static boolean present(Mapping mapping, String[] header, Field field) {
        var names = Arrays.stream(header).map(RowMapper::normal).toList();
        return mapping.columns().entrySet().stream()
                .anyMatch(e -> e.getValue() == field && names.contains(RowMapper.normal(e.getKey())));
    }
}
