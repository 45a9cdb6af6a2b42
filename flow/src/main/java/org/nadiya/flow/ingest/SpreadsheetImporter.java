package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionSink;

/**
 * XLS/XLSX statements through Apache POI's workbook model. Bank exports of spreadsheets are small (Excel stops
 * at 1,048,576 rows), so the sheet is held in memory; large statements come as CSV or camt.053, which stream.
 */
final class SpreadsheetImporter {

    private SpreadsheetImporter() {
    }

    static ImportReport read(Path file, Mapping given, String owner, OnError onError, TransactionSink sink,
                             Progress progress) throws IOException {
        String source = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            int headerRow = -1;
            Mapping mapping = null;
            var preamble = new Preamble();
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 50) && headerRow < 0; r++) {
                String[] cells = cells(sheet.getRow(r), '.', null);
                Optional<Mapping> found = given != null
                        ? (CsvImporter.matches(given, cells) ? Optional.of(given) : Optional.empty())
                        : Presets.recognise(cells);
                if (found.isPresent()) {
                    headerRow = r;
                    mapping = found.get();
                } else {
                    preamble.add(cells);
                }
            }
            if (mapping == null) {
                throw new BadStatementException(source, "header.not-found", "no header row recognised in the first"
                        + " 50 rows", 50);
            }
            String[] header = cells(sheet.getRow(headerRow), '.', null);
            mapping = preamble.settle(mapping, header, owner, source);
            var mapper = new RowMapper(mapping, header, source);
            var errors = new RowErrors(source, onError);
            errors.owner(preamble.account());
            var dates = new Dates(mapping.datePattern());
            String stop = mapping.stopAt() == null ? null : RowMapper.normal(mapping.stopAt());
            long imported = 0;
            int last = sheet.getLastRowNum();
            for (int r = headerRow + 1; r <= last; r++) {
                String[] row = cells(sheet.getRow(r), mapping.decimalSeparator(), dates);
                if (CsvImporter.filled(row) < 2) {
                    continue;
                }
                if (stop != null && RowMapper.normal(CsvImporter.firstFilled(row)).startsWith(stop)) {
                    break;
                }
                try {
                    Transaction t = mapper.map(row, r + 1L);
                    if (t != null) {
                        sink.accept(t);
                        imported++;
                    }
                } catch (RowMapper.CellException e) {
                    errors.reject(e.at(r + 1L));
                } catch (BadStatementException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    errors.reject(r + 1L, null, "row.invalid", e.getMessage(), e.getMessage());
                }
                progress.advanced(r, last);
            }
            mapper.owners().forEach(errors::owner);
            return errors.report(mapping.name(), imported);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new BadStatementException(source, "spreadsheet.invalid", "not an XLS or XLSX workbook");
        }
    }

    /**
     * How a date cell is written for the mapping: with its pattern, or — for a cell formatted without hours whose
     * time is midnight, a date — with the pattern's date part only, so the date stays a date.
     */
    private static final class Dates {
        final DateTimeFormatter full;
        final DateTimeFormatter date;

        Dates(String pattern) {
            if (pattern == null) {
                full = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
                date = DateTimeFormatter.ISO_LOCAL_DATE;
                return;
            }
            full = DateTimeFormatter.ofPattern(pattern);
            date = DateTimeFormatter.ofPattern(RowMapper.datePart(pattern));
        }

        String format(Cell cell, LocalDateTime value) {
            String format = cell.getCellStyle() == null ? "" : String.valueOf(cell.getCellStyle().getDataFormatString());
            boolean hours = format.replaceAll("\"[^\"]*\"", "").toLowerCase(java.util.Locale.ROOT).contains("h");
            return !hours && value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.format(date)
                    : value.format(full);
        }
    }

    private static String[] cells(Row row, char decimal, Dates dates) {
        if (row == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            out.add(text(row.getCell(c), decimal, dates));
        }
        return out.toArray(String[]::new);
    }

    private static String text(Cell cell, char decimal, Dates dates) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield dates == null ? value.toString() : dates.format(cell, value);
                }
                String plain = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                yield decimal == ',' ? plain.replace('.', ',') : plain;
            }
            default -> "";
        };
    }
}
