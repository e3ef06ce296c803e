package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

class AgendaImportTest {

    private static AgendaCsv.Item item(long line, String number, String title) {
        return new AgendaCsv.Item(line, number, title, "");
    }

    @Test
    void newNumbersAreCreatedExistingOnesUpdatedAndEqualOnesCounted() {
        Map<String, AgendaImport.Existing> existing = Map.of(
                "1", new AgendaImport.Existing(10, "Opening", "", false),
                "2", new AgendaImport.Existing(11, "Begroting", "", false));
        AgendaImport.Plan plan = AgendaImport.plan(List.of(item(2, "1", "Opening"), item(3, "2", "Begroting 2027"), item(4, "3", "Rondvraag")), existing);
        assertEquals(List.of("3"), plan.created().stream().map(AgendaCsv.Item::agendaItem).toList());
        assertEquals(List.of(11L), plan.updated().stream().map(AgendaImport.Update::id).toList());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void anItemVotedOnMayBeRepeatedButNotChanged() {
        Map<String, AgendaImport.Existing> existing = Map.of("5", new AgendaImport.Existing(20, "Jaarrekening", "Tekst", true));
        assertEquals(1, AgendaImport.plan(List.of(new AgendaCsv.Item(2, "5", "Jaarrekening", "Tekst")), existing).unchanged());
        DomainException refused = assertThrows(DomainException.class,
                () -> AgendaImport.plan(List.of(item(2, "6", "Nieuw"), item(3, "5", "Jaarrekening herzien")), existing));
        FieldError error = refused.toProblem(null).errors().get(0);
        assertEquals("line 3", error.field());
        assertEquals("agenda-item-voted", error.code());
        assertEquals(400, refused.status());
    }
}
