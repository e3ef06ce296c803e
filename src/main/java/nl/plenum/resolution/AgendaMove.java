package nl.plenum.resolution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.plenum.common.DomainException;

/**
 * Moving an agenda item up or down swaps its number with its neighbour's. The number is the order
 * ({@link AgendaOrder}) and what the chair and delegates call an item, so a separate position column would
 * let "item 5" stand third. Only numbered items move ("Rondvraag" is a name, not a place), and never an item
 * that was voted on: results, receipts and the audit trail name it by its number.
 */
public final class AgendaMove {

    private static final Pattern NUMBERED = Pattern.compile("^\\d.*");

    /** An agenda item as the rule sees it, in agenda order. */
    public record Item(long id, String agendaItem, boolean voted) {
    }

    /** {@code first} gets {@code second}'s number and the other way round. */
    public record Swap(Item first, Item second) {
    }

    private AgendaMove() {
    }

    /**
     * @param agenda in agenda order
     * @return the swap, or empty when the item is already first (up) or last (down)
     */
    public static Optional<Swap> move(List<Item> agenda, long id, boolean up) {
        int at = -1;
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id() == id) {
                at = i;
            }
        }
        if (at < 0) {
            throw DomainException.notFound("Resolution", id);
        }
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= agenda.size()) {
            return Optional.empty();
        }
        Item item = agenda.get(at);
        Item neighbour = agenda.get(other);
        for (Item each : List.of(item, neighbour)) {
            if (!NUMBERED.matcher(each.agendaItem()).matches()) {
                throw DomainException.conflict("agenda-item-unnumbered",
                        "Agenda item '" + each.agendaItem() + "' has no number; rename it to move it");
            }
            if (each.voted()) {
                throw DomainException.conflict("agenda-item-voted",
                        "Agenda item " + each.agendaItem() + " has been voted on; results and receipts name it by its number, which stays");
            }
        }
        return Optional.of(new Swap(item, neighbour));
    }
}
