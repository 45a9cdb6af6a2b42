package org.nadiya.stats.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.kernel.SpreadsheetText;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nadiya.disclosure.PublishedTable;

/**
 * Published tables as CSV and XLSX: one row per cell (margins included), the dimensions as columns, then the count
 * (a number; empty when under 5) and its status in a column of its own ({@code ZERO}, {@code PERTURBED},
 * {@code SMALL}), so that the count column stays numeric. CSV for people starts with a UTF-8 byte-order mark so
 * that spreadsheet programs read Ukrainian text right; the XLSX beside it has typed cells.
 */
final class Downloads {

    static final String SUPPRESSED_MARK = "<5";

    private Downloads() {
    }

    static List<List<String>> rows(PublishedTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(table.dimensions());
        header.add("count");
        header.add("status");
        rows.add(header);
        for (int cell = 0; cell < table.cellCount(); cell++) {
            List<String> row = new ArrayList<>(table.key(cell));
            Long shown = table.shown(cell);
            row.add(shown == null ? "" : shown.toString());
            row.add(table.status(cell).name());
            rows.add(row);
        }
        return rows;
    }

    /** CSV text, CRLF lines (RFC 4180); {@link org.nadiya.kernel.CsvDownload} adds the mark for people. */
    static String csv(List<List<String>> rows) {
        var out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The table with typed cells: counts as numbers (blank when under 5), everything else as text. */
    static byte[] xlsx(String sheet, PublishedTable table) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var s = workbook.createSheet(sheet);
            List<List<String>> rows = rows(table);
            int countColumn = table.dimensions().size();
            for (int r = 0; r < rows.size(); r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && c == countColumn) {
                        if (!value.isEmpty()) {
                            row.createCell(c).setCellValue(Long.parseLong(value));
                        }
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting and formula defusing: {@link SpreadsheetText}, the one rule of every export. */
    private static String quote(String value) {
        return SpreadsheetText.csvField(value);
    }
}
