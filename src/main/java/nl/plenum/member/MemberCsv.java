package nl.plenum.member;

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
import nl.plenum.common.CsvWriter;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The member list as CSV: {@code code,name,inhabitants,weight}, and on import an optional {@code active}
 * column (true/false, ja/nee, yes/no; empty: unchanged), UTF-8. Reads comma- or semicolon-separated
 * files (Dutch Excel writes semicolons); writes RFC 4180. An empty weight means "derived from the brackets".
 */
public final class MemberCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> COLUMNS = List.of("code", "name", "inhabitants", "weight", "active");
    /** The export lists active members only, so it has no active column. */
    static final List<String> EXPORTED = List.of("code", "name", "inhabitants", "weight");
    private static final List<String> REQUIRED = List.of("code", "name", "inhabitants");

    /**
     * One data line: its number in the file (the header is line 1) and what it says, or why it cannot be
     * read. A problem's field is the column it is about, {@code ""} for the whole line.
     */
    public record Line(long number, MemberInput member, List<FieldError> problems) {
    }

    private MemberCsv() {
    }

    /** Reads every line; syntax problems are reported per line, a file that cannot be read at all is refused outright. */
    public static List<Line> read(byte[] body) {
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
                    lines.add(new Line(lastEnd + 1, null, List.of(FieldError.of("", "invalid-csv", "is not valid CSV (check the quotes)"))));
                    break;
                }
                // the parser has consumed the record's last line; a quoted name may span several
                lastEnd = parser.getCurrentLineNumber();
                long number = lastEnd - newlinesIn(record);
                if (header == null) {
                    header = header(record);
                    continue;
                }
                lines.add(line(number, record, header));
            }
            if (header == null) {
                throw DomainException.invalid("The file is empty; it needs the header " + String.join(",", COLUMNS), List.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** RFC 4180 through the one defusing CSV writer. Derived weights are left empty. */
    public static String write(List<MemberView> members) {
        CsvWriter csv = new CsvWriter(EXPORTED.toArray(String[]::new));
        for (MemberView member : members) {
            csv.row(member.code(), member.name(), member.inhabitants(), member.weightExplicit() ? member.weight() : "");
        }
        return csv.toString();
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's "CSV UTF-8" starts with a BOM
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("The file is not UTF-8; in Excel save it as \"CSV UTF-8\"", List.of());
        }
    }

    /** Dutch Excel separates with semicolons; the header line tells which one this file uses. */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(FieldError.of("line 1", "unknown-column", "unknown column '" + record.get(i) + "'; the columns are " + String.join(",", COLUMNS),
                        "", record.get(i), String.join(",", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(FieldError.of("line 1", "duplicate-column", "column '" + name + "' appears twice", "", name));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(FieldError.of("line 1", "missing-column", "column '" + required + "' is missing", "", required));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The header must be " + String.join(",", COLUMNS), errors);
        }
        return columns;
    }

    private static Line line(long number, CSVRecord record, Map<String, Integer> header) {
        List<FieldError> problems = new ArrayList<>();
        if (record.size() != header.size()) {
            problems.add(FieldError.of("", "field-count", "has " + record.size() + " fields, the header has " + header.size(),
                    String.valueOf(record.size()), String.valueOf(header.size())));
            return new Line(number, null, problems);
        }
        String code = record.get(header.get("code"));
        String name = record.get(header.get("name"));
        Long inhabitants = wholeNumber("inhabitants", record.get(header.get("inhabitants")), problems);
        Long weight = header.containsKey("weight") ? wholeNumber("weight", record.get(header.get("weight")), problems) : null;
        Boolean active = header.containsKey("active") ? yesOrNo(record.get(header.get("active")), problems) : null;
        if (weight != null && weight > Integer.MAX_VALUE) {
            problems.add(FieldError.of("weight", "too-large", "is too large"));
        }
        if (inhabitants == null && problems.isEmpty()) {
            problems.add(FieldError.of("inhabitants", "not-blank", "must not be empty"));
        }
        if (!problems.isEmpty()) {
            return new Line(number, null, problems);
        }
        Integer explicit = weight == null ? null : weight.intValue();
        return new Line(number, new MemberInput(code, name, inhabitants, explicit, active), List.of());
    }

    private static long newlinesIn(CSVRecord record) {
        return record.stream().mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
    }

    private static Boolean yesOrNo(String value, List<FieldError> problems) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "ja", "yes", "1" -> true;
            case "false", "nee", "no", "0" -> false;
            default -> {
                problems.add(FieldError.of("active", "not-a-boolean", "'" + value + "' is not yes or no (true, false, yes, no)", value));
                yield null;
            }
        };
    }

    private static Long wholeNumber(String field, String value, List<FieldError> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            problems.add(FieldError.of(field, "not-a-whole-number", "'" + value + "' is not a whole number", value));
            return null;
        }
    }
}
