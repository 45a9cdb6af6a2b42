package org.nadiya.stats.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
                    if (r > 0 && value.matches("\\d{1,15}")) {
                        cell.setCellValue(Long.parseLong(value));
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

    /** RFC 4180 quoting; a leading =, +, - or @ is neutralised so that a spreadsheet never runs it as a formula. */
    private static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
