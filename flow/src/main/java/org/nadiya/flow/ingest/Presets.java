package org.nadiya.flow.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ready-made mappings for the statement layouts of Ukrainian banks in docs/flow.md, recognised by their header
 * row: each layout's required columns must all be there; its optional columns (variants between banks or versions
 * of one export) are read when present. When several layouts fit, the one that names the most columns of the header
 * wins. The canonical header {@code id,timestamp,from_account,to_account,amount,currency} (plus any other
 * canonical field names) needs no mapping either. Where each layout's structure comes from: docs/sources.md.
 */
public final class Presets {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final List<String> CANONICAL = List.of("id", "timestamp", "from_account", "to_account", "amount",
            "currency");
    private static final Set<String> DEBIT_WORDS = Set.of("ДЕБЕТ", "D", "DEBIT");
    private static final Set<String> CREDIT_WORDS = Set.of("КРЕДИТ", "C", "CREDIT");

    /** A layout being described: columns in order, which of them may be missing, number and date conventions. */
    private static final class Layout {
        private final String name;
        private final Map<String, Field> columns = new LinkedHashMap<>();
        private final Set<String> optional = new HashSet<>();
        private char delimiter = ';';
        private Charset encoding = CP1251;
        private String pattern = "dd.MM.yyyy[ HH:mm[:ss]]";
        private char decimal = '.';
        private Set<String> debit = Set.of("D", "DBIT");
        private Set<String> credit = Set.of();
        private String stopAt;

        private Layout(String name) {
            this.name = name;
        }

        Layout col(String header, Field field) {
            columns.put(header, field);
            return this;
        }

        Layout opt(String header, Field field) {
            columns.put(header, field);
            optional.add(header);
            return this;
        }

        Layout utf8(char delimiterChar) {
            encoding = StandardCharsets.UTF_8;
            delimiter = delimiterChar;
            return this;
        }

        Layout dates(String datePattern) {
            pattern = datePattern;
            return this;
        }

        Layout decimal(char separator) {
            decimal = separator;
            return this;
        }

        Layout marks(Set<String> debitMarks, Set<String> creditMarks) {
            debit = debitMarks;
            credit = creditMarks;
            return this;
        }

        Layout stopAt(String first) {
            stopAt = first;
            return this;
        }

        Mapping mapping() {
            return new Mapping(name, columns, optional, delimiter, encoding, 0, pattern, KYIV, decimal, "UAH", null,
                    debit, credit, stopAt, List.of());
        }
    }

    private static Layout layout(String name) {
        return new Layout(name);
    }

    private static final List<Mapping> ALL = List.of(
            // monobank card export (the app's "Виписка"): no account numbers in the file, the card is the owner.
            layout("monobank-uk").utf8(',').dates("dd.MM.yyyy HH:mm:ss")
                    .col("Дата i час операції", Field.TIMESTAMP).col("Деталі операції", Field.DESCRIPTION)
                    .col("MCC", Field.MCC).col("Сума в валюті картки (UAH)", Field.AMOUNT).mapping(),
            layout("monobank-en").utf8(',').dates("dd.MM.yyyy HH:mm:ss")
                    .col("Date and time", Field.TIMESTAMP).col("Description", Field.DESCRIPTION).col("MCC", Field.MCC)
                    .col("Card currency amount, (UAH)", Field.AMOUNT).mapping(),
            // monobank business (ФОП) account export: direction and signed amount in the account's currency.
            layout("monobank-business").utf8(';').decimal(Mapping.AUTO_DECIMAL).marks(DEBIT_WORDS, CREDIT_WORDS)
                    .col("Дата операції", Field.DATE).opt("Час операції", Field.TIME)
                    .col("Вид операції (дебет/кредит)", Field.DIRECTION).col("Сума в валюті рахунку", Field.AMOUNT)
                    .opt("Валюта рахунку", Field.CURRENCY).col("Контрагент", Field.COUNTERPARTY_NAME)
                    .opt("IBAN контрагента", Field.COUNTERPARTY_ACCOUNT).col("Деталі операції", Field.DESCRIPTION)
                    .mapping(),
            // PrivatBank card export (Privat24): CSV with Час, XLS/XLSX without it.
            layout("privatbank").utf8(';').dates("dd.MM.yyyy")
                    .col("Дата", Field.DATE).col("Час", Field.TIME).col("Категорія", Field.IGNORE)
                    .col("Опис операції", Field.DESCRIPTION).col("Сума в валюті картки", Field.AMOUNT)
                    .col("Валюта картки", Field.CURRENCY).mapping(),
            layout("privatbank-xlsx").utf8(';')
                    .col("Дата", Field.TIMESTAMP).col("Категорія", Field.IGNORE)
                    .col("Опис операції", Field.DESCRIPTION).col("Сума в валюті картки", Field.AMOUNT)
                    .col("Валюта картки", Field.CURRENCY).mapping(),
            // PrivatBank business (Privat24 for business, Autoclient): signed Сума, "-70 000.00".
            layout("privatbank-business")
                    .col("Рахунок", Field.OWNER_ACCOUNT).opt("Валюта", Field.CURRENCY)
                    .col("Дата операції", Field.TIMESTAMP).opt("МФО банку", Field.COUNTERPARTY_BANK)
                    .col("Рахунок кореспондента", Field.COUNTERPARTY_ACCOUNT)
                    .col("Кореспондент", Field.COUNTERPARTY_NAME).col("Сума", Field.AMOUNT)
                    .col("Призначення платежу", Field.DESCRIPTION).mapping(),
            // iBank2 UA business export: Raiffeisen Bank, Ukrsibbank, ProCredit Bank and others.
            layout("ibank2")
                    .col("Рахунок", Field.OWNER_ACCOUNT).opt("Валюта", Field.CURRENCY)
                    .col("Дата операції", Field.TIMESTAMP).opt("МФО банка", Field.COUNTERPARTY_BANK)
                    .col("Рахунок кореспондента", Field.COUNTERPARTY_ACCOUNT)
                    .col("Кореспондент", Field.COUNTERPARTY_NAME).col("Дебет", Field.DEBIT).col("Кредит", Field.CREDIT)
                    .col("Призначення платежу", Field.DESCRIPTION).mapping(),
            // Sense Bank (formerly Alfa-Bank Ukraine) card and account export: the account in the heading.
            layout("sense").dates("dd.MM.yy HH:mm").decimal(',')
                    .col("Дата і час", Field.TIMESTAMP).col("Деталі", Field.DESCRIPTION).col("MCC", Field.MCC)
                    .col("Cума списання", Field.DEBIT).col("Cума зарахування", Field.CREDIT).mapping(),
            // Sense Bank business (Alfa-Bank Business Online): several own accounts in one file, Операція Дебет/Кредит.
            layout("sense-business").dates("dd.MM.yyyy").decimal(Mapping.AUTO_DECIMAL).marks(DEBIT_WORDS, CREDIT_WORDS)
                    .col("Наш IBAN", Field.OWNER_ACCOUNT).opt("Наш рахунок", Field.OWNER_ACCOUNT)
                    .col("Операція", Field.DIRECTION).opt("IBAN", Field.COUNTERPARTY_ACCOUNT)
                    .opt("Рахунок", Field.COUNTERPARTY_ACCOUNT).opt("МФО банку контрагента", Field.COUNTERPARTY_BANK)
                    .col("Найменування контрагента", Field.COUNTERPARTY_NAME)
                    .col("Призначення платежу", Field.DESCRIPTION).col("Дата проведення", Field.DATE)
                    .opt("Час проведення", Field.TIME).col("Сума", Field.AMOUNT).opt("Валюта", Field.CURRENCY)
                    .opt("Найменування", Field.OWNER_NAME).mapping(),
            // PUMB card export (XLSX, amounts as text "1 234,56 UAH", ends at ВСЬОГО).
            layout("pumb").utf8(';').decimal(',').stopAt("ВСЬОГО")
                    .col("Дата операції", Field.TIMESTAMP).col("Тип операції", Field.IGNORE)
                    .col("Опис", Field.DESCRIPTION).col("Сума операції", Field.AMOUNT).mapping(),
            // PUMB business CSV: Latin column names, dates year first, currency as ISO number.
            layout("pumb-business").dates("yyyy.MM.dd[ HH:mm[:ss]]").decimal(Mapping.AUTO_DECIMAL)
                    .col("ST_DATE", Field.DATE).col("ACC_NUMB", Field.OWNER_ACCOUNT).opt("CUR_NUMB", Field.CURRENCY)
                    .col("DB", Field.DEBIT).col("CR", Field.CREDIT).col("KOR_NAME", Field.COUNTERPARTY_NAME)
                    .col("KOR_ACC", Field.COUNTERPARTY_ACCOUNT).col("DESCRIPT", Field.DESCRIPTION).mapping(),
            // iFOBS business CSV (Ukrgasbank and other iFOBS banks): DK 1 credit, 2 debit; payer and payee IBANs.
            layout("ifobs").decimal(Mapping.AUTO_DECIMAL).marks(Set.of("2"), Set.of("1"))
                    .col("DATA_VYP", Field.DATE).col("AC", Field.OWNER_ACCOUNT).opt("NAME", Field.OWNER_NAME)
                    .col("DK", Field.DIRECTION).opt("MFO_KOR", Field.COUNTERPARTY_BANK)
                    .col("AC_KOR", Field.COUNTERPARTY_ACCOUNT).col("NAME_KOR", Field.COUNTERPARTY_NAME)
                    .opt("CUR_CODE", Field.CURRENCY).col("SUM_PD_NOM", Field.AMOUNT).col("PURPOSE", Field.DESCRIPTION)
                    .opt("DB_IBAN", Field.FROM_ACCOUNT).opt("CR_IBAN", Field.TO_ACCOUNT).mapping(),
            // Oschadbank business export: the client's account in the heading or a column.
            layout("oschadbank").decimal(Mapping.AUTO_DECIMAL)
                    .col("Дата валютування", Field.TIMESTAMP).opt("Рахунок", Field.OWNER_ACCOUNT)
                    .opt("Валюта", Field.CURRENCY).col("Найменування кореспондента", Field.COUNTERPARTY_NAME)
                    .opt("Рахунок кореспондента", Field.COUNTERPARTY_ACCOUNT).col("Дебет", Field.DEBIT)
                    .col("Кредит", Field.CREDIT).col("Призначення платежу", Field.DESCRIPTION).mapping());

    private Presets() {
    }

    public static List<Mapping> all() {
        return ALL;
    }

    public static Optional<Mapping> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The mapping for this header row: canonical, then among the layouts whose required columns are all present the
     * one that names the most columns of the header.
     */
    public static Optional<Mapping> recognise(String[] header) {
        Set<String> present = new HashSet<>();
        Arrays.stream(header).map(RowMapper::normal).forEach(present::add);
        if (CANONICAL.stream().map(RowMapper::normal).allMatch(present::contains)) {
            return Optional.of(canonical(header));
        }
        return ALL.stream()
                .filter(m -> m.columns().keySet().stream().filter(c -> !m.optional().contains(c)).map(RowMapper::normal)
                        .allMatch(present::contains))
                .max(Comparator.comparingLong(m -> m.columns().keySet().stream().map(RowMapper::normal)
                        .filter(present::contains).count()));
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
        return new Mapping("canonical", columns, Set.of(), ',', StandardCharsets.UTF_8, 0, null, ZoneId.of("UTC"), '.',
                "UAH", null, Set.of(), Set.of(), null, List.of());
    }
}
