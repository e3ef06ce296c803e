package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

class AgendaCsvTest {

    private static List<AgendaCsv.Item> read(String csv) {
        return AgendaCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldError> errors(String csv) {
        return assertThrows(DomainException.class, () -> read(csv)).toProblem(null).errors();
    }

    @Test
    void englishAndDutchHeadersReadTheSameItems() {
        List<AgendaCsv.Item> english = read("agendaItem,title,text\n1,Opening,\n2,Begroting,\"Het bestuur **stelt voor**\"\n");
        List<AgendaCsv.Item> dutch = read("\uFEFFagendapunt;titel;tekst\r\n1;Opening;\r\n2;Begroting;Het bestuur **stelt voor**\r\n");
        assertEquals(List.of(new AgendaCsv.Item(2, "1", "Opening", ""), new AgendaCsv.Item(3, "2", "Begroting", "Het bestuur **stelt voor**")), english);
        assertEquals(english, dutch);
    }

    @Test
    void theTextColumnIsOptional() {
        assertEquals(List.of(new AgendaCsv.Item(2, "8a", "Rondvraag", "")), read("titel,agendapunt\nRondvraag,8a\n"));
    }

    @Test
    void everyBadLineIsNamedWithItsColumn() {
        List<FieldError> errors = errors("agendaItem,title\n1,Opening\n,Zonder nummer\n3,\n1,Nog eens een\n" + "x".repeat(21) + ",Te lang\n");
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6"), errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("not-blank", "not-blank", "duplicate-agenda-item", "size"), errors.stream().map(FieldError::code).toList());
        assertEquals(List.of("agendaItem", "1", "2"), errors.get(2).args(), "the column, the item and the earlier line");
        assertEquals("agendaItem: agenda item 1 already appears on line 2", errors.get(2).message());
    }

    @Test
    void aMissingRequiredColumnOrTheSameColumnInTwoLanguagesIsAHeaderError() {
        assertEquals(List.of("missing-column"), errors("agendaItem,text\n1,x\n").stream().map(FieldError::code).toList());
        assertEquals(List.of("duplicate-column"), errors("agendaItem,agendapunt,title\n1,1,x\n").stream().map(FieldError::code).toList());
        assertEquals("line 1", errors("titel,tekst\nA,b\n").get(0).field());
    }

    @Test
    void anUnknownColumnALatin1FileAndTooManyLinesRefuseTheWholeFile() {
        assertEquals("unknown-column", errors("agendaItem,title,owner\n1,a,b\n").get(0).code());
        byte[] latin1 = "agendapunt;titel\n1;Financiële stukken\n".getBytes(StandardCharsets.ISO_8859_1);
        FieldError encoding = assertThrows(DomainException.class, () -> AgendaCsv.read(latin1)).toProblem(null).errors().get(0);
        assertEquals("file", encoding.field());
        assertEquals("not-utf8", encoding.code());
        StringBuilder many = new StringBuilder("agendaItem,title\n");
        for (int i = 1; i <= AgendaCsv.MAX_LINES + 1; i++) {
            many.append(i).append(",Punt ").append(i).append('\n');
        }
        FieldError tooMany = errors(many.toString()).get(0);
        assertEquals("file", tooMany.field());
        assertEquals("too-many-lines", tooMany.code());
    }

    @Test
    void aBrokenLineIsReportedNotSkipped() {
        assertEquals("field-count", errors("agendaItem,title\n1,Opening,extra\n2,Begroting\n").get(0).code());
    }
}
