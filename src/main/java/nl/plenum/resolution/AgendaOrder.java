package nl.plenum.resolution;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Agenda items sort by their leading number, then by the rest: 2, 8, 8a, 8b, 10, "Rondvraag". */
public final class AgendaOrder {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})(.*)$");

    public static final Comparator<Resolution> BY_ITEM = Comparator.comparing((Resolution r) -> r.agendaItem, AgendaOrder::compare)
            .thenComparing(r -> r.id);

    private AgendaOrder() {
    }

    public static int compare(String a, String b) {
        Matcher ma = LEADING_NUMBER.matcher(a);
        Matcher mb = LEADING_NUMBER.matcher(b);
        boolean na = ma.matches();
        boolean nb = mb.matches();
        if (na && nb) {
            int byNumber = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
            return byNumber != 0 ? byNumber : ma.group(2).compareToIgnoreCase(mb.group(2));
        }
        if (na != nb) {
            return na ? -1 : 1; // numbered items before unnumbered ones
        }
        return a.compareToIgnoreCase(b);
    }
}
