package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaOrderTest {

    @Test
    void numbersSortAsNumbersAndLettersWithinThem() {
        List<String> items = new ArrayList<>(List.of("10", "Rondvraag", "8b", "2", "8a", "8", "1"));
        items.sort(AgendaOrder::compare);
        assertEquals(List.of("1", "2", "8", "8a", "8b", "10", "Rondvraag"), items);
    }
}
