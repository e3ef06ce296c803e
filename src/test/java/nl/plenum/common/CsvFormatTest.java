package nl.plenum.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void anExplicitFormatWinsOverTheLanguage() {
        assertEquals(CsvFormat.MACHINE, CsvFormat.choose("machine", "nl"));
        assertEquals(CsvFormat.SPREADSHEET, CsvFormat.choose("spreadsheet", "en"));
    }

    @Test
    void withoutAChoiceAReaderWhoPrefersDutchGetsTheSpreadsheet() {
        assertEquals(CsvFormat.SPREADSHEET, CsvFormat.choose(null, "nl"));
        assertEquals(CsvFormat.SPREADSHEET, CsvFormat.choose(null, "nl-NL,nl;q=0.9,en;q=0.8"));
        assertEquals(CsvFormat.MACHINE, CsvFormat.choose(null, "en-GB,en;q=0.9,nl;q=0.8"));
        assertEquals(CsvFormat.MACHINE, CsvFormat.choose(null, null));
        assertEquals(CsvFormat.MACHINE, CsvFormat.choose(null, "de"));
    }

    @Test
    void anUnknownFormatIsTheClientsError() {
        for (String wrong : new String[] {"", "SPREADSHEET", "excel", "nl"}) {
            DomainException e = assertThrows(DomainException.class, () -> CsvFormat.choose(wrong, "nl"));
            assertEquals(400, e.status(), wrong);
        }
    }

    @Test
    void decimalsTakeTheFormatsMark() {
        assertEquals("99,44", CsvFormat.SPREADSHEET.decimal(new BigDecimal("99.44")));
        assertEquals("99.44", CsvFormat.MACHINE.decimal(new BigDecimal("99.44")));
        assertEquals("100", CsvFormat.SPREADSHEET.decimal(new BigDecimal("100")));
        assertEquals("", CsvFormat.SPREADSHEET.decimal(null));
    }
}
