package nl.plenum.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.common.CsvTable;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;

/**
 * An agenda as CSV (issue 11.7): {@code agendaItem,title,text} or the Dutch {@code agendapunt,titel,tekst};
 * text is optional Markdown. Read through {@link CsvTable}, so UTF-8 with or without BOM, comma or semicolon.
 * Every line is checked here, without a database; a file with any bad line is refused as a whole.
 */
public final class AgendaCsv {

    public static final String MEDIA_TYPE = "text/csv";
    /** An agenda is tens of items; more than this is a wrong file (a member list?), not an agenda. */
    static final int MAX_LINES = 500;
    static final int MAX_LISTED_ERRORS = 100;
    private static final List<String> COLUMNS = List.of("agendaitem", "title", "text", "agendapunt", "titel", "tekst");
    /** Each column by its English name and its Dutch one; the English name is what errors say. */
    private static final Map<String, String> DUTCH = Map.of("agendaItem", "agendapunt", "title", "titel", "text", "tekst");

    /** One valid line: the agenda item it sets. */
    public record Item(long line, String agendaItem, String title, String text) {
    }

    private AgendaCsv() {
    }

    /** The file's items in file order, or a 400 naming every bad line ({@code line N}) or the whole file ({@code file}). */
    public static List<Item> read(byte[] body) {
        List<CsvTable.Line> lines = CsvTable.read(body, COLUMNS, List.of());
        if (lines.size() > MAX_LINES) {
            throw DomainException.invalid(List.of(FieldError.of(CsvTable.FILE, "too-many-lines",
                    "has " + lines.size() + " lines; an agenda has at most " + MAX_LINES, String.valueOf(lines.size()), String.valueOf(MAX_LINES))));
        }
        lines.stream().filter(l -> l.problems().isEmpty()).findFirst().ifPresent(AgendaCsv::checkHeader);
        List<FieldError> errors = new ArrayList<>();
        int badLines = 0;
        Map<String, Long> seen = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (CsvTable.Line line : lines) {
            List<FieldError> problems = new ArrayList<>(line.problems());
            if (problems.isEmpty()) {
                Item item = new Item(line.number(), cell(line, "agendaItem"), cell(line, "title"), cell(line, "text"));
                check("agendaItem", item.agendaItem(), 20, problems);
                check("title", item.title(), 300, problems);
                if (item.text().length() > 100_000) {
                    problems.add(FieldError.of("text", "size", "must be at most 100000 characters long", "0", "100000"));
                }
                Long earlier = item.agendaItem().isEmpty() ? null : seen.putIfAbsent(item.agendaItem(), line.number());
                if (earlier != null) {
                    problems.add(FieldError.of("agendaItem", "duplicate-agenda-item", "agenda item " + item.agendaItem()
                            + " already appears on line " + earlier, item.agendaItem(), String.valueOf(earlier)));
                }
                items.add(item);
            }
            if (!problems.isEmpty()) {
                badLines++;
                problems.stream().limit(Math.max(0, MAX_LISTED_ERRORS - errors.size())).forEach(p -> errors.add(CsvTable.onLine(line.number(), p)));
            }
        }
        if (badLines > 0) {
            throw DomainException.invalid(badLines + " line(s) cannot be imported; nothing was stored", errors);
        }
        return items;
    }

    /** Both spellings of a column, or neither of the required ones: the header is wrong, not a line. */
    private static void checkHeader(CsvTable.Line first) {
        List<FieldError> errors = new ArrayList<>();
        DUTCH.forEach((english, dutch) -> {
            if (first.has(english.toLowerCase(java.util.Locale.ROOT)) && first.has(dutch)) {
                errors.add(FieldError.of("line 1", "duplicate-column", "column '" + english + "' appears twice (also as '" + dutch + "')", "", english));
            }
        });
        for (String required : List.of("agendaItem", "title")) {
            if (!first.has(required.toLowerCase(java.util.Locale.ROOT)) && !first.has(DUTCH.get(required))) {
                errors.add(FieldError.of("line 1", "missing-column", "column '" + required + "' is missing", "", required));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The header must be agendaItem,title,text (or agendapunt,titel,tekst)", errors);
        }
    }

    private static String cell(CsvTable.Line line, String column) {
        String english = column.toLowerCase(java.util.Locale.ROOT);
        return (line.has(english) ? line.get(english) : line.get(DUTCH.get(column))).strip();
    }

    private static void check(String field, String value, int max, List<FieldError> problems) {
        if (value.isEmpty()) {
            problems.add(FieldError.of(field, "not-blank", "must not be empty"));
        } else if (value.length() > max) {
            problems.add(FieldError.of(field, "size", "must be at most " + max + " characters long", "0", String.valueOf(max)));
        }
    }
}
