package nl.plenum.common;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one CSV writer every export uses: RFC 4180 (comma, CRLF, quotes only where needed), and a cell
 * that a spreadsheet would run as a formula (leading = + - @ TAB CR) is defused with a leading
 * apostrophe. Plain numbers such as {@code -3} or {@code -1.5} stay numbers.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringBuilder out = new StringBuilder();

    public CsvWriter(String... header) {
        row((Object[]) header);
    }

    public CsvWriter row(Object... cells) {
        out.append(Stream.of(cells).map(c -> cell(c == null ? "" : String.valueOf(c))).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !value.matches("-\\d+(\\.\\d+)?") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
