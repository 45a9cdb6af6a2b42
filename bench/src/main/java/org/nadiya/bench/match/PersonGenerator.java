package org.nadiya.bench.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.nadiya.match.names.KmuTransliteration;

/**
 * Seeded synthetic persons whose namesakes are as common as real ones, each rendered one to three times the way
 * records in different countries spell them (docs/benchmarks.md, "How the generator is made realistic").
 * <ul>
 * <li><b>Surnames</b>: the ten most common Ukrainian surnames, then generated ones, ranked by a Zipf–Mandelbrot law
 * p(r) ∝ (r + 12)^-0.8 over 200,000 surnames, which puts the first at 0.26 % of people and the fifth at 0.22 %:
 * the genealogical society «Рідні» counts 107,878 Мельник, 106,340 Шевченко, 88,632 Коваленко and 83,195 Бойко
 * (5th) among about 41 million people (0.26 %, 0.26 %, 0.22 %, 0.20 %).</li>
 * <li><b>Given names</b>: the first two of men at 8.5 % and 6.5 % (Олександр 1.57 million, Сергій 1.2 million bearers,
 * «Рідні», among about 18.5 million men), the rest by p(r) ∝ 1/(r + 3); women's names by the same shape (no public
 * count was found). A woman gets the feminine form of a surname in -ський/-ов.</li>
 * <li><b>Evidence</b>: a date of birth on 95 % of records (exact 87 %, day and month transposed 3 %, year only 5 %),
 * born 1950–2008; a place of birth on 60 % (1,500 places, p ∝ 1/r; 3 % of records name another place); a phone on
 * half the records of the 40 % who have one, and 2 % of persons share one of 200 recruiters' phones with others.</li>
 * <li><b>Spellings</b>: the first record in Cyrillic, the others surname first, KMU Latin, German-, Polish- or
 * French-style Latin, the Russian form of the given name in Cyrillic or Latin; 15 % with a typo in the surname.</li>
 * </ul>
 * The truth (which records are one person) is kept so that results can be checked.
 */
final class PersonGenerator {

    static final String[][] MALE = {
        {"Олександр", "Александр"}, {"Сергій", "Сергей"}, {"Андрій", "Андрей"}, {"Володимир", "Владимир"},
        {"Юрій", "Юрий"}, {"Дмитро", "Дмитрий"}, {"Микола", "Николай"}, {"Віктор", "Виктор"}, {"Іван", "Иван"},
        {"Олексій", "Алексей"}, {"Михайло", "Михаил"}, {"Василь", "Василий"}, {"Ігор", "Игорь"}, {"Олег", "Олег"},
        {"Анатолій", "Анатолий"}, {"Віталій", "Виталий"}, {"Петро", "Пётр"}, {"Павло", "Павел"}, {"Максим", "Максим"},
        {"Валерій", "Валерий"}, {"Роман", "Роман"}, {"Євген", "Евгений"}, {"Богдан", "Богдан"}, {"Ярослав", "Ярослав"},
        {"Григорій", "Григорий"}, {"Артем", "Артём"}, {"Денис", "Денис"}, {"Тарас", "Тарас"}, {"Леонід", "Леонид"},
        {"Руслан", "Руслан"}, {"Вадим", "Вадим"}, {"Борис", "Борис"}, {"Степан", "Степан"}, {"Костянтин", "Константин"},
        {"Геннадій", "Геннадий"}, {"Владислав", "Владислав"}, {"Станіслав", "Станислав"}, {"Федір", "Фёдор"},
        {"Назар", "Назар"}, {"Данило", "Даниил"}, {"Матвій", "Матвей"}, {"Кирило", "Кирилл"}, {"Ілля", "Илья"},
        {"Антон", "Антон"}, {"Валентин", "Валентин"}, {"Аркадій", "Аркадий"}, {"Семен", "Семён"}, {"Остап", "Остап"},
        {"Тимофій", "Тимофей"}, {"Марко", "Марк"}};
    static final String[][] FEMALE = {
        {"Олена", "Елена"}, {"Наталія", "Наталья"}, {"Тетяна", "Татьяна"}, {"Ірина", "Ирина"}, {"Світлана", "Светлана"},
        {"Ольга", "Ольга"}, {"Юлія", "Юлия"}, {"Людмила", "Людмила"}, {"Галина", "Галина"}, {"Оксана", "Оксана"},
        {"Марія", "Мария"}, {"Анна", "Анна"}, {"Катерина", "Екатерина"}, {"Надія", "Надежда"}, {"Валентина", "Валентина"},
        {"Лариса", "Лариса"}, {"Віра", "Вера"}, {"Любов", "Любовь"}, {"Вікторія", "Виктория"}, {"Анастасія", "Анастасия"},
        {"Марина", "Марина"}, {"Алла", "Алла"}, {"Ніна", "Нина"}, {"Інна", "Инна"}, {"Лідія", "Лидия"},
        {"Дарія", "Дарья"}, {"Софія", "София"}, {"Христина", "Кристина"}, {"Аліна", "Алина"}, {"Яна", "Яна"},
        {"Валерія", "Валерия"}, {"Поліна", "Полина"}, {"Зоя", "Зоя"}, {"Раїса", "Раиса"}, {"Антоніна", "Антонина"},
        {"Зінаїда", "Зинаида"}, {"Тамара", "Тамара"}, {"Вероніка", "Вероника"}, {"Ксенія", "Ксения"}, {"Уляна", "Ульяна"}};
    /** The ten most common surnames («Рідні»), most common first. */
    static final String[] TOP_SURNAMES = {"Мельник", "Шевченко", "Коваленко", "Бондаренко", "Бойко", "Ткаченко",
        "Кравченко", "Ковальчук", "Коваль", "Олійник"};
    static final int SURNAMES = 200_000;
    private static final String[] CONSONANTS = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф",
        "х", "ц", "ч", "ш", "бр", "гр", "кр", "ст", "пр", "тр", "дз", "зв", "шв"};
    private static final String[] VOWELS = {"а", "е", "и", "і", "о", "у"};
    private static final String[] SUFFIXES = {"енко", "чук", "ук", "ський", "ич", "ак", "ко", "ишин", "ів", "юк", "ець",
        "ян", "ов", "ник", "ун", "ига"};
    private static final String[] OPERATORS = {"50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"};

    record Person(int entity, String name, String dob, String phone, String place) {
    }

    private final Random random;
    private final double[] surnameCumulative = cumulative(SURNAMES, r -> Math.pow(r + 12, -0.8));
    private final double[] maleCumulative = givenCumulative(MALE.length, 0.085, 0.065);
    private final double[] femaleCumulative = givenCumulative(FEMALE.length, 0.085, 0.065);
    private final double[] placeCumulative = cumulative(1500, r -> 1.0 / r);
    private final Map<Integer, String> surnames = new HashMap<>();
    private final Set<String> taken = new HashSet<>(List.of(TOP_SURNAMES));
    private final String[] recruiterPhones = new String[200];

    PersonGenerator(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < recruiterPhones.length; i++) {
            recruiterPhones[i] = phone();
        }
    }

    /** Roughly {@code count} records of persons: 60 % appear once, 25 % twice, 15 % three times. */
    List<Person> records(int count) {
        List<Person> records = new ArrayList<>(count + 3);
        int entity = 0;
        while (records.size() < count) {
            boolean female = random.nextBoolean();
            String[] given = female ? FEMALE[pick(femaleCumulative)] : MALE[pick(maleCumulative)];
            String surname = gendered(surname(pick(surnameCumulative)), female);
            String dob = String.format("%04d-%02d-%02d", 1950 + random.nextInt(59), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String place = "місто " + (1 + pick(placeCumulative));
            double phoneRoll = random.nextDouble();
            String phone = phoneRoll < 0.02 ? recruiterPhones[random.nextInt(recruiterPhones.length)] : phoneRoll < 0.40 ? phone() : "";
            double roll = random.nextDouble();
            int copies = roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3;
            for (int c = 0; c < copies && records.size() < count; c++) {
                String shownPlace = random.nextDouble() >= 0.6 ? "" : random.nextDouble() < 0.03 ? "місто " + (1 + pick(placeCumulative)) : place;
                records.add(new Person(entity, render(given, surname, c == 0), recordDob(dob),
                        !phone.isEmpty() && random.nextBoolean() ? phone : "", shownPlace));
            }
            entity++;
        }
        return records;
    }

    private String phone() {
        return "+380" + OPERATORS[random.nextInt(OPERATORS.length)] + (1_000_000 + random.nextInt(9_000_000));
    }

    private int pick(double[] cumulative) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
    }

    private static double[] cumulative(int n, java.util.function.IntToDoubleFunction weight) {
        double[] c = new double[n];
        double sum = 0;
        for (int r = 1; r <= n; r++) {
            sum += weight.applyAsDouble(r);
            c[r - 1] = sum;
        }
        return c;
    }

    /** The first two names at the given shares, the rest by 1/(r + 3) sharing what is left. */
    private static double[] givenCumulative(int n, double first, double second) {
        double tail = 0;
        for (int r = 3; r <= n; r++) {
            tail += 1.0 / (r + 3);
        }
        double scale = (1 - first - second) / tail;
        return cumulative(n, r -> r == 1 ? first : r == 2 ? second : scale / (r + 3));
    }

    /** The surname of a rank: the real ten first, then generated ones, each distinct and fixed for its rank. */
    String surname(int rank) {
        if (rank < TOP_SURNAMES.length) {
            return TOP_SURNAMES[rank];
        }
        return surnames.computeIfAbsent(rank, r -> {
            Random byRank = new Random(r * 7919L);
            while (true) {
                StringBuilder stem = new StringBuilder();
                int syllables = 1 + byRank.nextInt(2);
                for (int s = 0; s < syllables; s++) {
                    stem.append(CONSONANTS[byRank.nextInt(CONSONANTS.length)]).append(VOWELS[byRank.nextInt(VOWELS.length)]);
                }
                String name = stem + CONSONANTS[byRank.nextInt(CONSONANTS.length)] + SUFFIXES[byRank.nextInt(SUFFIXES.length)];
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                if (taken.add(name)) {
                    return name;
                }
            }
        });
    }

    private static String gendered(String surname, boolean female) {
        if (!female) {
            return surname;
        }
        if (surname.endsWith("ський")) {
            return surname.substring(0, surname.length() - 3) + "ка";
        }
        return surname.endsWith("ов") || surname.endsWith("ін") ? surname + "а" : surname;
    }

    /** One spelling of the person's name; the first record of a person is plain Cyrillic. */
    String render(String[] given, String surname, boolean first) {
        if (first) {
            return given[0] + " " + surname;
        }
        String typoed = random.nextDouble() < 0.15 ? typo(surname) : surname;
        return switch (random.nextInt(7)) {
            case 0 -> typoed + " " + given[0];
            case 1 -> KmuTransliteration.transliterate(given[0] + " " + typoed);
            case 2 -> german(KmuTransliteration.transliterate(typoed + " " + given[0]));
            case 3 -> polish(KmuTransliteration.transliterate(given[0] + " " + typoed));
            case 4 -> french(KmuTransliteration.transliterate(given[0] + " " + typoed));
            case 5 -> given[1] + " " + typoed;
            default -> KmuTransliteration.transliterate(given[1] + " " + typoed);
        };
    }

    private String recordDob(String dob) {
        double roll = random.nextDouble();
        if (roll < 0.87) {
            return dob;
        }
        if (roll < 0.90 && Integer.parseInt(dob.substring(8)) <= 12) {
            return dob.substring(0, 5) + dob.substring(8) + "-" + dob.substring(5, 7);
        }
        return roll < 0.95 ? dob.substring(0, 4) : "";
    }

    private String typo(String word) {
        int at = 1 + random.nextInt(word.length() - 2);
        return random.nextBoolean() ? word.substring(0, at) + word.substring(at + 1)
                : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    static String german(String kmu) {
        return rewrite(kmu, "shch=schtsch", "ch=tsch", "sh=sch", "zh=sch", "kh=ch", "v=w", "ts=z", "ia=ja", "iu=ju", "ie=je");
    }

    static String polish(String kmu) {
        return rewrite(kmu, "shch=szcz", "ch=cz", "sh=sz", "zh=ż", "kh=ch", "v=w", "ts=c", "yi=yj");
    }

    static String french(String kmu) {
        return rewrite(kmu, "shch=chtch", "ch=tch", "sh=ch", "zh=j", "u=ou");
    }

    /** Left-to-right rewriting, longest spelling first, on lower case; each word capitalised again. */
    private static String rewrite(String text, String... rules) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        outer:
        for (int i = 0; i < lower.length(); ) {
            for (String rule : rules) {
                String from = rule.substring(0, rule.indexOf('='));
                if (lower.startsWith(from, i)) {
                    out.append(rule.substring(rule.indexOf('=') + 1));
                    i += from.length();
                    continue outer;
                }
            }
            out.append(lower.charAt(i++));
        }
        StringBuilder capitalised = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            boolean start = i == 0 || out.charAt(i - 1) == ' ';
            capitalised.append(start ? Character.toUpperCase(out.charAt(i)) : out.charAt(i));
        }
        return capitalised.toString();
    }
}
