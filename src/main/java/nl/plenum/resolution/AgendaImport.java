package nl.plenum.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plenum.common.CsvTable;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;

/**
 * What importing an agenda changes, worked out before anything is written: an item with a new number is
 * created, one with an existing number gets the file's title and text. An item voted on (a ballot was
 * opened) keeps its title and text: delegates voted on those words, so the file may only repeat them.
 */
public final class AgendaImport {

    /** An agenda item as stored; {@code voted}: one of its ballots was opened (see {@link AgendaItemRemoval}). */
    public record Existing(long id, String title, String text, boolean voted) {
    }

    public record Update(long id, AgendaCsv.Item item) {
    }

    public record Plan(List<AgendaCsv.Item> created, List<Update> updated, int unchanged) {
    }

    private AgendaImport() {
    }

    /** Refuses the whole file (400, a problem per line) when it would change an item that was voted on. */
    public static Plan plan(List<AgendaCsv.Item> items, Map<String, Existing> existing) {
        List<AgendaCsv.Item> created = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        List<FieldError> refused = new ArrayList<>();
        int unchanged = 0;
        for (AgendaCsv.Item item : items) {
            Existing old = existing.get(item.agendaItem());
            if (old == null) {
                created.add(item);
            } else if (old.title().equals(item.title()) && old.text().strip().equals(item.text())) {
                unchanged++;
            } else if (old.voted()) {
                refused.add(CsvTable.onLine(item.line(), FieldError.of("agendaItem", "agenda-item-voted",
                        "agenda item " + item.agendaItem() + " has been voted on; its title and text cannot change", item.agendaItem())));
            } else {
                updated.add(new Update(old.id(), item));
            }
        }
        if (!refused.isEmpty()) {
            throw DomainException.invalid(refused.size() + " line(s) would change an agenda item that was voted on; nothing was stored", refused);
        }
        return new Plan(created, updated, unchanged);
    }
}
