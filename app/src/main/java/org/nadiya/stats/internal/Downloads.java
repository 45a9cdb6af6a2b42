package org.nadiya.stats.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.security.SpreadsheetText;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nadiya.stats.disclosure.ProtectedTable;

/**
 * Protected tables as CSV and XLSX: one row per cell (margins included), the dimensions as columns, then the count
 * (empty when suppressed) and the mark "<5" for suppressed cells. Records as CSV for the research export.
 */
final class Downloads {

    static final String SUPPRESSED_MARK = "<5";

    private Downloads() {
    }

    static List<List<String>> rows(ProtectedTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(table.dimensions());
        header.add("count");
        header.add("suppressed");
        rows.add(header);
        for (int cell = 0; cell < table.cellCount(); cell++) {
            List<String> row = new ArrayList<>(table.key(cell));
            Long shown = table.shown(cell);
            row.add(shown == null ? SUPPRESSED_MARK : shown.toString());
            row.add(Boolean.toString(table.suppressed(cell)));
            rows.add(row);
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        var out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String sheet, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var s = workbook.createSheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (r > 0) {
                        SpreadsheetText.cell(cell, value);
                    } else {
                        cell.setCellValue(value);
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
