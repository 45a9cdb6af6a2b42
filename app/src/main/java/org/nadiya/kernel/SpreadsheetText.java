package org.nadiya.kernel;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for text written into files a spreadsheet opens (every CSV and XLSX writer of the application and the
 * command line uses it): a value a spreadsheet would run as a formula — one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, that is not a plain number — gets a leading apostrophe in CSV (the
 * OWASP "CSV injection" advice), and is written as a text cell, never a formula, in XLSX. A phone such as
 * {@code +380…} therefore reads {@code '+380…} in a CSV.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d{1,15}");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The value as a spreadsheet reads it as text: an apostrophe before what would start a formula. */
    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()
                ? "'" + value : value;
    }

    /** One CSV field: defused, and quoted (RFC 4180) when it holds a comma, a quote or a line break. */
    public static String csvField(String value) {
        String v = defused(value);
        return v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0 ? v
                : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** One CSV line: the fields, each by {@link #csvField}, joined by commas (no line end). */
    public static String csvLine(List<String> fields) {
        var line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append(csvField(fields.get(i)));
        }
        return line.toString();
    }

    /** Sets an XLSX cell: a plain integer as a number, anything else as text — never as a formula. */
    public static void cell(org.apache.poi.ss.usermodel.Cell cell, String value) {
        if (value != null && PLAIN_INTEGER.matcher(value).matches()) {
            cell.setCellValue(Long.parseLong(value));
        } else {
            cell.setCellValue(value == null ? "" : value);
        }
    }
}
