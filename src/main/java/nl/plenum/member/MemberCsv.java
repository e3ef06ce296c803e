package nl.plenum.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plenum.common.CsvFormat;
import nl.plenum.common.CsvTable;
import nl.plenum.common.CsvWriter;
import nl.plenum.common.Problem.FieldError;

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
        return CsvTable.read(body, COLUMNS, REQUIRED).stream().map(MemberCsv::line).toList();
    }

    /** RFC 4180 through the one defusing CSV writer. Derived weights are left empty. */
    public static String write(List<MemberView> members) {
        return write(members, CsvFormat.MACHINE);
    }

    /**
     * In either format; the spreadsheet's has semicolons and a byte-order mark but keeps the column names,
     * so that the file the secretariat edits in Excel imports again as it is.
     */
    public static String write(List<MemberView> members, CsvFormat format) {
        CsvWriter csv = format.writer(EXPORTED.toArray(String[]::new));
        for (MemberView member : members) {
            csv.row(member.code(), member.name(), member.inhabitants(), member.weightExplicit() ? member.weight() : "");
        }
        return format.document(csv.toString());
    }

    private static Line line(CsvTable.Line row) {
        if (!row.problems().isEmpty()) {
            return new Line(row.number(), null, row.problems());
        }
        List<FieldError> problems = new ArrayList<>();
        Long inhabitants = wholeNumber("inhabitants", row.get("inhabitants"), problems);
        Long weight = row.has("weight") ? wholeNumber("weight", row.get("weight"), problems) : null;
        Boolean active = row.has("active") ? yesOrNo(row.get("active"), problems) : null;
        if (weight != null && weight > Integer.MAX_VALUE) {
            problems.add(FieldError.of("weight", "too-large", "is too large"));
        }
        if (inhabitants == null && problems.isEmpty()) {
            problems.add(FieldError.of("inhabitants", "not-blank", "must not be empty"));
        }
        if (!problems.isEmpty()) {
            return new Line(row.number(), null, problems);
        }
        Integer explicit = weight == null ? null : weight.intValue();
        return new Line(row.number(), new MemberInput(row.get("code"), row.get("name"), inhabitants, explicit, active), List.of());
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
