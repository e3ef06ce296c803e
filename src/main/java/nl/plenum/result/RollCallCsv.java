package nl.plenum.result;

import java.util.List;

/** The roll-call as CSV: member, name, weight, choice, cast_by. */
public final class RollCallCsv {

    private RollCallCsv() {
    }

    public static String of(List<RollCallEntry> entries) {
        StringBuilder csv = new StringBuilder("member,name,weight,choice,cast_by\r\n");
        for (RollCallEntry e : entries) {
            csv.append(ResultCsv.row(e.member(), e.name(), e.weight(), e.choice() == null ? "" : e.choice(), e.castBy() == null ? "" : e.castBy()));
        }
        return csv.toString();
    }
}
