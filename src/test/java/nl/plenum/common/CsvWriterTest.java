package nl.plenum.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.plenum.result.RollCallCsv;
import nl.plenum.result.RollCallEntry;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void everyFormulaStartIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-1+2", CsvWriter.cell("-1+2"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\t=1", CsvWriter.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvWriter.cell("\r=1"));
    }

    @Test
    void plainValuesAndNegativeNumbersStayAsTheyAre() {
        assertEquals("Gemeente Utrecht", CsvWriter.cell("Gemeente Utrecht"));
        assertEquals("-3", CsvWriter.cell("-3"));
        assertEquals("-1.5", CsvWriter.cell("-1.5"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("a,,b\r\n", new CsvWriter("a", null, "b").toString());
    }

    @Test
    void withASemicolonSeparatorTheSemicolonIsQuotedAndTheCommaIsNot() {
        assertEquals("\"a;b\"", CsvWriter.cell("a;b", ';'));
        assertEquals("a,b", CsvWriter.cell("a,b", ';'));
        assertEquals("-1,5", CsvWriter.cell("-1,5", ';'));
        assertEquals("'-1;5", CsvWriter.cell("-1;5", ';').replace("\"", ""));
        assertEquals("Keuze;Leden\r\n\"Voor; ja\";2\r\n", new CsvWriter(';', "Keuze", "Leden").row("Voor; ja", 2).toString());
    }

    @Test
    void theRollCallExportIsDefusedToo() {
        String csv = RollCallCsv.of(List.of(new RollCallEntry("GM1", "=cmd|' /C calc'!A0", 3, null, null)));
        assertEquals("member,name,weight,choice,cast_by\r\nGM1,'=cmd|' /C calc'!A0,3,,\r\n", csv);
    }
}
