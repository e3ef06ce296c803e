package nl.plenum.result;

import java.util.List;
import nl.plenum.common.CsvWriter;

/** The roll-call as CSV: member, name, weight, choice, cast_by. */
public final class RollCallCsv {

    private RollCallCsv() {
    }

    public static String of(List<RollCallEntry> entries) {
        CsvWriter csv = new CsvWriter("member", "name", "weight", "choice", "cast_by");
        for (RollCallEntry e : entries) {
            csv.row(e.member(), e.name(), e.weight(), e.choice(), e.castBy());
        }
        return csv.toString();
    }
}
