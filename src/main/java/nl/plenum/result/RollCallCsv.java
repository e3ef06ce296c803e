package nl.plenum.result;

import java.util.List;
import java.util.stream.Stream;
import nl.plenum.common.CsvFormat;
import nl.plenum.common.CsvWriter;

/** The roll-call as CSV: member, name, weight, choice, cast_by; in either {@link CsvFormat}. */
public final class RollCallCsv {

    private static final String[] COLUMNS = {"member", "name", "weight", "choice", "cast_by"};

    private RollCallCsv() {
    }

    public static String of(List<RollCallEntry> entries) {
        return of(entries, CsvFormat.MACHINE, CsvLabels.MACHINE);
    }

    public static String of(List<RollCallEntry> entries, CsvFormat format, CsvLabels labels) {
        CsvWriter csv = format.writer(Stream.of(COLUMNS).map(labels::column).toArray(String[]::new));
        for (RollCallEntry e : entries) {
            csv.row(e.member(), e.name(), e.weight(), labels.choice(e.choice()), e.castBy());
        }
        return csv.toString();
    }
}
