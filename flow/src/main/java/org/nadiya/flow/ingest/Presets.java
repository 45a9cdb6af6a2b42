package org.nadiya.flow.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ready-made mappings for the statement layouts in docs/flow.md, recognised by their header row. The canonical
 * header {@code id,timestamp,from_account,to_account,amount,currency} (plus any other canonical field names)
 * needs no mapping either.
 */
public final class Presets {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final List<String> CANONICAL = List.of("id", "timestamp", "from_account", "to_account", "amount",
            "currency");

    private static final List<Mapping> ALL = List.of(
            preset("monobank-uk", ',', StandardCharsets.UTF_8, "dd.MM.yyyy HH:mm:ss", '.',
                    "Дата i час операції", Field.TIMESTAMP, "Деталі операції", Field.DESCRIPTION, "MCC", Field.MCC,
                    "Сума в валюті картки (UAH)", Field.AMOUNT),
            preset("monobank-en", ',', StandardCharsets.UTF_8, "dd.MM.yyyy HH:mm:ss", '.',
                    "Date and time", Field.TIMESTAMP, "Description", Field.DESCRIPTION, "MCC", Field.MCC,
                    "Card currency amount, (UAH)", Field.AMOUNT),
            preset("privatbank", ';', StandardCharsets.UTF_8, "dd.MM.yyyy", '.',
                    "Дата", Field.DATE, "Час", Field.TIME, "Категорія", Field.IGNORE,
                    "Опис операції", Field.DESCRIPTION, "Сума в валюті картки", Field.AMOUNT,
                    "Валюта картки", Field.CURRENCY),
            preset("privatbank-xlsx", ';', StandardCharsets.UTF_8, "dd.MM.yyyy[ HH:mm[:ss]]", '.',
                    "Дата", Field.TIMESTAMP, "Категорія", Field.IGNORE,
                    "Опис операції", Field.DESCRIPTION, "Сума в валюті картки", Field.AMOUNT,
                    "Валюта картки", Field.CURRENCY),
            preset("ibank2", ';', CP1251, "dd.MM.yyyy[ HH:mm[:ss]]", '.',
                    "Рахунок", Field.OWNER_ACCOUNT, "Валюта", Field.CURRENCY, "Дата операції", Field.TIMESTAMP,
                    "МФО банка", Field.COUNTERPARTY_BANK, "Рахунок кореспондента", Field.COUNTERPARTY_ACCOUNT,
                    "Кореспондент", Field.COUNTERPARTY_NAME, "Дебет", Field.DEBIT, "Кредит", Field.CREDIT,
                    "Призначення платежу", Field.DESCRIPTION),
            preset("sense", ';', CP1251, "dd.MM.yy HH:mm", ',',
                    "Дата і час", Field.TIMESTAMP, "Деталі", Field.DESCRIPTION, "MCC", Field.MCC,
                    "Cума списання", Field.DEBIT, "Cума зарахування", Field.CREDIT),
            preset("pumb", ';', StandardCharsets.UTF_8, "dd.MM.yyyy[ HH:mm[:ss]]", ',',
                    "Дата операції", Field.TIMESTAMP, "Тип операції", Field.IGNORE,
                    "Опис", Field.DESCRIPTION, "Сума операції", Field.AMOUNT));

    private Presets() {
    }

    public static List<Mapping> all() {
        return ALL;
    }

    public static Optional<Mapping> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The mapping for this header row: canonical, then the first preset whose columns are all present. */
    public static Optional<Mapping> recognise(String[] header) {
        Set<String> present = new HashSet<>();
        Arrays.stream(header).map(RowMapper::normal).forEach(present::add);
        if (CANONICAL.stream().map(RowMapper::normal).allMatch(present::contains)) {
            return Optional.of(canonical(header));
        }
        return ALL.stream().filter(m -> m.columns().keySet().stream().map(RowMapper::normal)
                .allMatch(present::contains)).findFirst();
    }

    /** Every header cell named like a canonical field maps to that field; other columns are ignored. */
    static Mapping canonical(String[] header) {
        Map<String, Field> columns = new LinkedHashMap<>();
        for (String cell : header) {
            try {
                Field field = Field.parse(cell.replace('\ufeff', ' ').trim());
                if (!field.name().startsWith("OWNER") && !field.name().startsWith("COUNTERPARTY")) {
                    columns.put(cell.replace('\ufeff', ' ').trim(), field);
                }
            } catch (IllegalArgumentException e) {
                // not a canonical column: kept out of the mapping
            }
        }
        return new Mapping("canonical", columns, ',', StandardCharsets.UTF_8, 0, null, ZoneId.of("UTC"), '.',
                "UAH", null, Set.of(), null, List.of());
    }

    private static Mapping preset(String name, char delimiter, Charset encoding, String pattern, char decimal,
                                  Object... pairs) {
        Map<String, Field> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (Field) pairs[i + 1]);
        }
        return new Mapping(name, columns, delimiter, encoding, 0, pattern, KYIV, decimal, "UAH", null,
                Set.of("D", "DBIT"), name.equals("pumb") ? "ВСЬОГО" : null, List.of());
    }
}
