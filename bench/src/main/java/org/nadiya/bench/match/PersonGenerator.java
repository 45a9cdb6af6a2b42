package org.nadiya.bench.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nadiya.match.names.KmuTransliteration;

/**
 * Seeded synthetic persons, each rendered one to three times the way records in different countries spell them:
 * Cyrillic in either order, KMU Latin, German-, Polish- and French-style Latin, the Russian form of the given name,
 * sometimes with a typo; dates of birth exact, transposed, year only or missing; a phone now and then. The truth
 * (which records are one person) is kept so that results can be checked.
 */
final class PersonGenerator {

    static final String[][] GIVEN = {
        {"Олександр", "Александр"}, {"Андрій", "Андрей"}, {"Сергій", "Сергей"}, {"Юрій", "Юрий"}, {"Дмитро", "Дмитрий"},
        {"Микола", "Николай"}, {"Михайло", "Михаил"}, {"Іван", "Иван"}, {"Петро", "Пётр"}, {"Павло", "Павел"},
        {"Володимир", "Владимир"}, {"Віталій", "Виталий"}, {"Олексій", "Алексей"}, {"Василь", "Василий"},
        {"Тарас", "Тарас"}, {"Богдан", "Богдан"}, {"Олег", "Олег"}, {"Ігор", "Игорь"}, {"Роман", "Роман"},
        {"Максим", "Максим"}, {"Олена", "Елена"}, {"Ольга", "Ольга"}, {"Наталія", "Наталья"}, {"Юлія", "Юлия"},
        {"Ірина", "Ирина"}, {"Катерина", "Екатерина"}, {"Марія", "Мария"}, {"Анна", "Анна"}, {"Тетяна", "Татьяна"},
        {"Світлана", "Светлана"}, {"Галина", "Галина"}, {"Оксана", "Оксана"}, {"Вікторія", "Виктория"},
        {"Анастасія", "Анастасия"}, {"Дарія", "Дарья"}, {"Софія", "София"}};
    private static final String[] CONSONANTS = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф",
        "х", "ц", "ч", "ш", "бр", "гр", "кр", "ст", "пр", "тр"};
    private static final String[] VOWELS = {"а", "е", "и", "і", "о", "у"};
    private static final String[] SUFFIXES = {"енко", "чук", "ук", "ський", "ич", "ак", "ко", "ишин", "ів", "юк", "ець", "ян"};

    record Person(int entity, String name, String dob, String phone) {
    }

    private final Random random;

    PersonGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Roughly {@code count} records of persons: 60 % appear once, 25 % twice, 15 % three times. */
    List<Person> records(int count) {
        List<Person> records = new ArrayList<>(count + 3);
        int entity = 0;
        while (records.size() < count) {
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String surname = surname();
            String dob = String.format("%04d-%02d-%02d", 1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String phone = "+380" + new String[] {"50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"}[random.nextInt(12)]
                    + (1_000_000 + random.nextInt(9_000_000));
            double roll = random.nextDouble();
            int copies = roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3;
            for (int c = 0; c < copies && records.size() < count; c++) {
                records.add(new Person(entity, render(given, surname, c == 0), recordDob(dob), random.nextDouble() < 0.3 ? phone : ""));
            }
            entity++;
        }
        return records;
    }

    String surname() {
        StringBuilder stem = new StringBuilder();
        int syllables = 1 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            stem.append(CONSONANTS[random.nextInt(CONSONANTS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        String name = stem + CONSONANTS[random.nextInt(CONSONANTS.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
        if (roll < 0.70) {
            return dob;
        }
        if (roll < 0.75 && Integer.parseInt(dob.substring(8)) <= 12) {
            return dob.substring(0, 5) + dob.substring(8) + "-" + dob.substring(5, 7);
        }
        return roll < 0.85 ? dob.substring(0, 4) : "";
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
