package org.nadiya.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money found in folded text: "25 000 грн", "₴25к", "від 2.5 тис. €", "$3,000", "1200 zł/міс",
 * "15 €/год". {@code perMonth} is the amount scaled to a month when a period is named (hour, day, week), in
 * the ad's currency.
 */
public record Money(double amount, String currency, String period, double perMonth, int start, int end) {

    private static final String NUMBER = "(\\d{1,3}(?:[ .,]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?";
    private static final String THOUSANDS = "(?:\\s?(тис\\.?|тыс\\.?|k\\b|к\\b))?";
    private static final String CURRENCY =
            "(грн\\.?|гривень|гривен|гривні|uah|₴|€|eur\\b|euro\\b|євро|евро|\\$|usd\\b|доларів|долларов|долл?\\.|"
                    + "dollars?\\b|zł|zl\\b|pln\\b|злотих|злотых|£|gbp\\b|фунтів|фунтов)";
    private static final String PERIOD = "(?:\\s?(?:/|за|в|на|per|a|an)\\s?(місяць|міс\\.?|месяц|мес\\.?|month|mo\\b|"
            + "день|добу|сутки|day|тиждень|неделю|нед\\.?|week|годину|год\\b|год\\.|час|hour|hr|h\\b|зміну|смену|shift))?";
    private static final Pattern AFTER = Pattern.compile(NUMBER + THOUSANDS + "\\s?" + CURRENCY + PERIOD);
    /** BEFORE can only match where a currency comes first; most ads name it after the amount. */
    private static final Pattern SYMBOL_FIRST = Pattern.compile("[₴€$£]|(?:uah|eur|usd|pln|gbp|грн|zł) ?\\d");
    private static final Pattern BEFORE = Pattern.compile(CURRENCY + "\\s?" + NUMBER + THOUSANDS + PERIOD);

    public static List<Money> find(String folded, Map<String, Double> periodsPerMonth) {
        List<Money> found = new ArrayList<>();
        Matcher after = AFTER.matcher(folded);
        int length = folded.length();
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (c < '0' || c > '9' || (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                continue;
            }
            if (!after.region(i, length).lookingAt()) {
                continue;
            }
            found.add(of(after.group(1), after.group(2), after.group(3), after.group(4), after.group(5),
                    after.start(), after.end(), periodsPerMonth));
            i = after.end() - 1;
        }
        Matcher symbol = SYMBOL_FIRST.matcher(folded);
        Matcher before = BEFORE.matcher(folded);
        while (symbol.find()) {
            if (!before.region(symbol.start(), length).lookingAt()) {
                continue;
            }
            if (found.stream().noneMatch(m -> m.start() < before.end() && before.start() < m.end())) {
                found.add(of(before.group(2), before.group(3), before.group(4), before.group(1), before.group(5),
                        before.start(), before.end(), periodsPerMonth));
            }
        }
        return found;
    }

    private static Money of(String whole, String fraction, String thousands, String currency, String period,
            int start, int end, Map<String, Double> periodsPerMonth) {
        double amount = Double.parseDouble(whole.replaceAll("[ .,]", ""));
        if (fraction != null) {
            amount += Double.parseDouble("0." + fraction);
        }
        if (thousands != null) {
            amount *= 1000;
        }
        String unit = period == null ? "month" : periodOf(period);
        return new Money(amount, currencyOf(currency), unit, amount * periodsPerMonth.getOrDefault(unit, 1.0), start, end);
    }

    static String currencyOf(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.startsWith("грн") || t.startsWith("грив") || t.equals("uah") || t.equals("₴")) {
            return "UAH";
        }
        if (t.equals("€") || t.startsWith("eur") || t.equals("євро") || t.equals("евро")) {
            return "EUR";
        }
        if (t.equals("$") || t.startsWith("usd") || t.startsWith("дол") || t.startsWith("dollar")) {
            return "USD";
        }
        if (t.startsWith("zł") || t.equals("zl") || t.equals("pln") || t.startsWith("злот")) {
            return "PLN";
        }
        return "GBP";
    }

    static String periodOf(String token) {
        if (token.startsWith("міс") || token.startsWith("мес") || token.startsWith("mo")) {
            return "month";
        }
        if (token.equals("день") || token.equals("добу") || token.equals("сутки") || token.equals("day")
                || token.equals("зміну") || token.equals("смену") || token.equals("shift")) {
            return "day";
        }
        if (token.startsWith("тиж") || token.startsWith("нед") || token.equals("week")) {
            return "week";
        }
        return "hour";
    }
}
