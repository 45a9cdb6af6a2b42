package org.nadiya.training.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nadiya.kernel.Csv;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.training.Level;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.OfficialRole;
import org.nadiya.training.TrainingEvent;

/**
 * Reads participants from CSV (UTF-8, comma or semicolon) or XLSX (first sheet). The first row names the columns
 * {@code name, agency, role, level, region, days, pre, post[, contact]}; {@code days} lists the days attended as day
 * numbers of the event (1, 2, …) or dates, separated by {@code ;} or spaces.
 */
final class ParticipantImport {

    static final int MAX_ROWS = 2000;

    /** One data row: its number in the file and the cells by column name. */
    record Line(int row, Map<String, String> cells) {
    }

    private ParticipantImport() {
    }

    static List<Line> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "error.training.file.choose");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> rows = name.endsWith(".xlsx") ? xlsx(content) : name.endsWith(".csv") ? csv(content)
                : fail("the file must end in .csv or .xlsx");
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "error.common.file.empty");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "")).toList();
        for (String required : List.of("name", "agency", "role", "level", "region", "days")) {
            if (!header.contains(required)) {
                throw new InvalidInputException("file", "error.training.file.header", required, String.join(", ", ParticipantRules.fields()));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException("file", "error.training.file.tooMany", MAX_ROWS);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            lines.add(new Line(i + 1, byName));
        }
        return lines;
    }

    /** The participant of a line, or an {@link InvalidInputException} naming the column. */
    static NewParticipant participant(Line line, TrainingEvent event) {
        var cells = line.cells();
        return new NewParticipant(cells.get("name"), cells.get("contact"), cells.get("agency"),
                choice(OfficialRole.class, cells.get("role"), "role"), choice(Level.class, cells.get("level"), "level"),
                cells.get("region"), days(cells.get("days"), event), score(cells.get("pre"), "pre"),
                score(cells.get("post"), "post"));
    }

    private static Set<LocalDate> days(String text, TrainingEvent event) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (text == null) {
            return days;
        }
        for (String part : text.split("[;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.matches("\\d{1,2}")) {
                int n = Integer.parseInt(part);
                if (n < 1 || n > event.days().size()) {
                    throw new InvalidInputException("days", "error.training.days.notOfEvent", n, event.days().size());
                }
                days.add(event.days().get(n - 1));
            } else {
                try {
                    days.add(LocalDate.parse(part));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("days", "error.training.days.format", part);
                }
            }
        }
        return days;
    }

    private static Integer score(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.training.score.notScore", text);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.common.choice.notOne", text, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try {
            return Csv.read(text, delimiter).stream().map(Csv.Row::cells).toList();
        } catch (Csv.BadCsv e) {
            throw new InvalidInputException("file", "error.common.file.csv", e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        var cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "error.common.file.xlsx");
        }
    }

    private static <T> T fail(String message) {
        throw new InvalidInputException("file", "error.common.file.read", message);
    }
}
