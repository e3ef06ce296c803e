package nl.plenum.result;

import nl.plenum.common.CsvWriter;

/** CSV export of a result (RFC 4180, comma separated, UTF-8), through the one defusing writer. */
public final class ResultCsv {

    private ResultCsv() {
    }

    public static String tally(BallotResult result) {
        Tally t = result.tally();
        CsvWriter csv = new CsvWriter("ballot", "question", "choice", "count", "weight", "percent");
        for (OptionResult o : t.options()) {
            csv.row(result.ballot().id(), result.ballot().question(), o.choice(), o.count(), o.weight(),
                    o.percent() == null ? "" : o.percent().toPlainString());
        }
        csv.row(result.ballot().id(), result.ballot().question(), "TURNOUT", t.votedMembers(), t.votedWeight(),
                t.turnoutPercent() == null ? "" : t.turnoutPercent().toPlainString());
        csv.row(result.ballot().id(), result.ballot().question(), "VERDICT", "", "", t.verdict());
        return csv.toString();
    }
}
