package nl.plenum.common;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one CSV writer every export uses: RFC 4180 (comma, CRLF, quotes only where needed), or another
 * separator for spreadsheets that expect one (see {@link CsvFormat}). A cell that a spreadsheet would run
 * as a formula (leading = + - @ TAB CR) is defused with a leading apostrophe. Plain numbers such as
 * {@code -3}, {@code -1.5} or {@code -1,5} stay numbers.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringBuilder out = new StringBuilder();
    private final char separator;

    public CsvWriter(String... header) {
        this(',', header);
    }

    public CsvWriter(char separator, String... header) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("not a CSV separator: " + separator);
        }
        this.separator = separator;
        row((Object[]) header);
    }

    public CsvWriter row(Object... cells) {
        out.append(Stream.of(cells).map(c -> cell(c == null ? "" : String.valueOf(c), separator))
                .collect(Collectors.joining(String.valueOf(separator)))).append("\r\n");
        return this;
    }

    static String cell(String value) {
        return cell(value, ',');
    }

    static String cell(String value, char separator) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !value.matches("-\\d+([.,]\\d+)?") ? "'" + value : value;
        if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
