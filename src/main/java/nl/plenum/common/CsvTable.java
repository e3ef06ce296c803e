package nl.plenum.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plenum.common.Problem.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file with a header line, as every import reads it: UTF-8 (with or without Excel's
 * BOM), comma- or semicolon-separated (Dutch Excel writes semicolons), named columns in any order.
 * A file that cannot be read at all is refused outright; a line that is wrong is reported by its number.
 */
public final class CsvTable {

    /** One data line: its number in the file (the header is line 1), its cells by column, or why it cannot be read. */
    public record Line(long number, Map<String, String> cells, List<FieldError> problems) {

        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        public boolean has(String column) {
            return cells.containsKey(column);
        }
    }

    /** The form field every whole-file problem is about: the upload. */
    public static final String FILE = "file";

    private CsvTable() {
    }

    /**
     * @param columns the columns a file may have
     * @param required those it must have
     */
    public static List<Line> read(byte[] body, List<String> columns, List<String> required) {
        String text = decode(body);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> header = null;
            long lastEnd = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // a broken quote ends the file for the parser: nothing after it can be read reliably
                    lines.add(new Line(lastEnd + 1, Map.of(), List.of(FieldError.of("", "invalid-csv", "is not valid CSV (check the quotes)"))));
                    break;
                }
                // the parser has consumed the record's last line; a quoted cell may span several
                lastEnd = parser.getCurrentLineNumber();
                long number = lastEnd - newlinesIn(record);
                if (header == null) {
                    header = header(record, columns, required);
                    continue;
                }
                lines.add(line(number, record, header));
            }
            if (header == null) {
                throw DomainException.invalid(List.of(FieldError.of(FILE, "empty-file",
                        "the file is empty; its first line must name the columns " + String.join(",", columns), String.join(",", columns))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A column's problem as its line's: field "line 3", message "title: must not be empty", args [column, ...]. */
    public static FieldError onLine(long number, FieldError problem) {
        String message = problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message();
        List<String> args = new ArrayList<>();
        args.add(problem.field());
        args.addAll(problem.args());
        return new FieldError("line " + number, message, problem.code(), args);
    }

    private static String decode(byte[] body) {
        if (body.length == 0) {
            throw DomainException.invalid(List.of(FieldError.of(FILE, "no-file", "no file was chosen, or the file is empty")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's "CSV UTF-8" starts with a BOM
        } catch (CharacterCodingException e) {
            String guess = encodingOf(body);
            throw DomainException.invalid(List.of(FieldError.of(FILE, "not-utf8",
                    "the file is not UTF-8 but probably " + guess + "; in Excel save it as \"CSV UTF-8\"", guess)));
        }
    }

    /** What a file that is not UTF-8 most likely is, to name in the error: Excel's plain "CSV" is Windows-1252. */
    static String encodingOf(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE) || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
            return "UTF-16";
        }
        return "Windows-1252 (Latin-1)";
    }

    /** The header line tells which separator this file uses. */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> header(CSVRecord record, List<String> known, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                errors.add(FieldError.of("line 1", "unknown-column", "unknown column '" + record.get(i) + "'; the columns are " + String.join(",", known),
                        "", record.get(i), String.join(",", known)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(FieldError.of("line 1", "duplicate-column", "column '" + name + "' appears twice", "", name));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                errors.add(FieldError.of("line 1", "missing-column", "column '" + column + "' is missing", "", column));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The header must be " + String.join(",", known), errors);
        }
        return columns;
    }

    private static Line line(long number, CSVRecord record, Map<String, Integer> header) {
        if (record.size() != header.size()) {
            return new Line(number, Map.of(), List.of(FieldError.of("", "field-count", "has " + record.size() + " fields, the header has " + header.size(),
                    String.valueOf(record.size()), String.valueOf(header.size()))));
        }
        Map<String, String> cells = new HashMap<>();
        header.forEach((column, index) -> cells.put(column, record.get(index)));
        return new Line(number, cells, List.of());
    }

    private static long newlinesIn(CSVRecord record) {
        return record.stream().mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
    }
}
