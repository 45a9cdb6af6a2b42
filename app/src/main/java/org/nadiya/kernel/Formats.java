package org.nadiya.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * The one locale-aware formatter of numbers, money and dates, so that a page never shows "104 566,23" beside
 * "9878.45". Ukrainian: 104 566,23 and 05.03.2024; English: 104,566.23 and 5 Mar 2024. Money always carries
 * its currency. Times are shown in Kyiv time.
 */
public final class Formats {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (english(locale) ? EN_DATE : UK_DATE).format(date);
    }

    /** An instant or a zoned time, in Kyiv time, to the minute. */
    public static String dateTime(TemporalAccessor time, Locale locale) {
        if (time == null) {
            return "";
        }
        Instant instant = Instant.from(time);
        return (english(locale) ? EN_DATE_TIME : UK_DATE_TIME).format(instant.atZone(KYIV));
    }

    /** A count or a measure with the language's grouping: 12 345 / 12,345; at most {@code decimals} decimals. */
    public static String number(Number value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(Bundles.supported(locale)));
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    public static String number(Number value, Locale locale) {
        return number(value, 2, locale);
    }

    /** An amount with two decimals and its currency code after it: "104 566,23 UAH" / "104,566.23 UAH". */
    public static String money(Number amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(ULocale.forLocale(Bundles.supported(locale)));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String number = format.format(value.setScale(2, RoundingMode.HALF_UP));
        return currency == null || currency.isBlank() ? number : number + "\u00a0" + currency.trim();
    }

    /** A share as a percentage: "12,5 %" / "12.5%". */
    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(ULocale.forLocale(Bundles.supported(locale)));
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.equals(Bundles.supported(locale));
    }
}
