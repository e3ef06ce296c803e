package nl.plenum.result;

import java.util.stream.Stream;
import nl.plenum.common.CsvFormat;
import nl.plenum.common.CsvWriter;

/** CSV export of a result, in either {@link CsvFormat}, through the one defusing writer. */
public final class ResultCsv {

    private static final String[] COLUMNS = {"ballot", "question", "choice", "count", "weight", "percent"};

    private ResultCsv() {
    }

    /** The machine format: RFC 4180, English enum names. */
    public static String tally(BallotResult result) {
        return tally(result, CsvFormat.MACHINE, CsvLabels.MACHINE);
    }

    public static String tally(BallotResult result, CsvFormat format, CsvLabels labels) {
        Tally t = result.tally();
        long id = result.ballot().id();
        String question = result.ballot().question();
        CsvWriter csv = format.writer(Stream.of(COLUMNS).map(labels::column).toArray(String[]::new));
        for (OptionResult o : t.options()) {
            csv.row(id, question, labels.choice(o.choice()), o.count(), o.weight(), format.decimal(o.percent()));
        }
        csv.row(id, question, labels.row("TURNOUT"), t.votedMembers(), t.votedWeight(), format.decimal(t.turnoutPercent()));
        csv.row(id, question, labels.row("VERDICT"), "", "", labels.verdict(t.verdict()));
        // when the vote was held (issue 11.5): rows like the verdict's, so the columns stay what readers expect
        csv.row(id, question, labels.row("OPENED"), "", "", format.moment(result.ballot().openedAt()));
        csv.row(id, question, labels.row("CLOSED"), "", "", format.moment(result.ballot().closedAt()));
        return csv.toString();
    }
}
