package org.nadiya.screen;

import java.util.Set;

/**
 * The ad's main language by a letter-and-word heuristic (no model): Latin letters outnumbering Cyrillic ones mean
 * English; otherwise letters only one of the two languages has (Ukrainian і ї є ґ, Russian ы э ъ ё) and short
 * frequent words that differ between them vote. Mixed ads get the language of their majority. Only reported:
 * the rules of all three languages are applied to every ad, since ads mix them.
 */
public enum Language {
    UK, RU, EN, UNKNOWN;

    private static final Set<String> UK_WORDS = Set.of("та", "що", "це", "від", "як", "або", "робота", "роботу",
            "роботи", "житло", "зарплата", "досвіду", "без", "для", "є", "ми", "ви", "вас", "запрошуємо", "потрібні",
            "оплата", "місяць", "тиждень", "годину", "дівчата", "проживання", "надається");
    private static final Set<String> RU_WORDS = Set.of("и", "что", "это", "от", "как", "или", "работа", "работу",
            "работы", "жилье", "зарплата", "опыта", "без", "для", "есть", "мы", "вы", "вас", "приглашаем", "нужны",
            "оплата", "месяц", "неделю", "час", "девушки", "проживание", "предоставляется");

    public static Language detect(String folded) {
        int cyrillic = 0;
        int latin = 0;
        int uk = 0;
        int ru = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Homoglyphs.isCyrillic(c)) {
                cyrillic++;
                switch (c) {
                    case 'і', 'ї', 'є', 'ґ' -> uk += 2;
                    case 'ы', 'э', 'ъ' -> ru += 2;
                    default -> { }
                }
            } else if (Homoglyphs.isLatin(c)) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return UNKNOWN;
        }
        if (latin > cyrillic) {
            return EN;
        }
        for (String word : folded.split("[^\\p{L}']+")) {
            boolean inUk = UK_WORDS.contains(word);
            boolean inRu = RU_WORDS.contains(word);
            if (inUk && !inRu) {
                uk++;
            } else if (inRu && !inUk) {
                ru++;
            }
        }
        if (uk == ru) {
            return UNKNOWN;
        }
        return uk > ru ? UK : RU;
    }

    public String code() {
        return this == UNKNOWN ? "und" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
