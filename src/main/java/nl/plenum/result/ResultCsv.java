package nl.plenum.result;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV exports of a result and a roll-call (RFC 4180, comma separated, UTF-8). */
public final class ResultCsv {

    private ResultCsv() {
    }

    public static String tally(BallotResult result) {
        Tally t = result.tally();
        StringBuilder csv = new StringBuilder("ballot,question,choice,count,weight,percent\r\n");
        for (OptionResult o : t.options()) {
            csv.append(row(result.ballot().id(), result.ballot().question(), o.choice(), o.count(), o.weight(),
                    o.percent() == null ? "" : o.percent().toPlainString()));
        }
        csv.append(row(result.ballot().id(), result.ballot().question(), "TURNOUT", t.votedMembers(), t.votedWeight(),
                t.turnoutPercent() == null ? "" : t.turnoutPercent().toPlainString()));
        csv.append(row(result.ballot().id(), result.ballot().question(), "VERDICT", "", "", t.verdict()));
        return csv.toString();
    }

    static String row(Object... cells) {
        return Stream.of(cells).map(c -> quote(String.valueOf(c))).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quotes when needed; a leading formula character is defused so spreadsheets do not execute it. */
    static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
