package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plenum.common.DomainException;
import org.junit.jupiter.api.Test;

class AgendaMoveTest {

    private static final AgendaMove.Item ONE = new AgendaMove.Item(1, "1", false);
    private static final AgendaMove.Item TWO = new AgendaMove.Item(2, "2", false);
    private static final AgendaMove.Item TWO_A = new AgendaMove.Item(3, "2a", false);
    private static final AgendaMove.Item OTHER = new AgendaMove.Item(4, "Rondvraag", false);
    private static final List<AgendaMove.Item> AGENDA = List.of(ONE, TWO, TWO_A, OTHER);

    @Test
    void movingUpOrDownSwapsWithTheNeighbour() {
        assertEquals(new AgendaMove.Swap(TWO, ONE), AgendaMove.move(AGENDA, 2, true).orElseThrow());
        assertEquals(new AgendaMove.Swap(TWO, TWO_A), AgendaMove.move(AGENDA, 2, false).orElseThrow());
    }

    @Test
    void theFirstItemDoesNotMoveUp() {
        assertTrue(AgendaMove.move(AGENDA, 1, true).isEmpty());
        assertTrue(AgendaMove.move(List.of(ONE, TWO), 2, false).isEmpty());
    }

    @Test
    void anItemWithoutANumberNeverSwapsItsName() {
        DomainException e = assertThrows(DomainException.class, () -> AgendaMove.move(AGENDA, 3, false));
        assertTrue(e.toProblem(null).type().endsWith("agenda-item-unnumbered"), e.toProblem(null).type());
        assertThrows(DomainException.class, () -> AgendaMove.move(AGENDA, 4, true));
    }

    @Test
    void anItemVotedOnKeepsItsNumberAndSoDoesItsNeighbour() {
        AgendaMove.Item voted = new AgendaMove.Item(2, "2", true);
        List<AgendaMove.Item> agenda = List.of(ONE, voted, TWO_A);
        assertEquals(409, assertThrows(DomainException.class, () -> AgendaMove.move(agenda, 2, true)).status());
        assertEquals(409, assertThrows(DomainException.class, () -> AgendaMove.move(agenda, 1, false)).status(), "ONE would take voted's number");
        assertEquals(409, assertThrows(DomainException.class, () -> AgendaMove.move(agenda, 3, true)).status());
    }

    @Test
    void anUnknownItemIsNotFound() {
        assertEquals(404, assertThrows(DomainException.class, () -> AgendaMove.move(AGENDA, 99, true)).status());
    }
}
