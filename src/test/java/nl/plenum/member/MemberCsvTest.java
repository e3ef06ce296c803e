package nl.plenum.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.plenum.common.DomainException;
import org.junit.jupiter.api.Test;

class MemberCsvTest {

    private static List<MemberCsv.Line> read(String text) {
        return MemberCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommaSeparatedLinesWithTheirNumbers() {
        List<MemberCsv.Line> lines = read("code,name,inhabitants,weight\nGM0363,Amsterdam,931298,\nGM0599,Rotterdam,670610,12\n");
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).number());
        assertEquals(new MemberInput("GM0363", "Amsterdam", 931298L, null, null), lines.get(0).member());
        assertEquals(3, lines.get(1).number());
        assertEquals(12, lines.get(1).member().weight());
    }

    @Test
    void readsSemicolonsAndTheByteOrderMarkDutchExcelWrites() {
        List<MemberCsv.Line> lines = read("\uFEFFcode;name;inhabitants;weight\r\nGM0518;'s-Gravenhage;566221;\r\n");
        assertEquals(1, lines.size());
        assertEquals("'s-Gravenhage", lines.get(0).member().name());
        assertEquals("GM0518", lines.get(0).member().code());
    }

    @Test
    void quotedNamesKeepCommasAndQuotes() {
        List<MemberCsv.Line> lines = read("code,name,inhabitants,weight\nX1,\"Gemeente \"\"Oost\"\", Noord\",10,\n");
        assertEquals("Gemeente \"Oost\", Noord", lines.get(0).member().name());
    }

    @Test
    void lineNumbersCountBlankLinesAndMultiLineNames() {
        List<MemberCsv.Line> lines = read("code,name,inhabitants,weight\n\nA1,\"two\nlines\",1,\nB1,b,x,\n");
        assertEquals(3, lines.get(0).number());
        assertEquals(5, lines.get(1).number());
        assertEquals(List.of("inhabitants: 'x' is not a whole number"), problems(lines.get(1)));
        assertEquals("not-a-whole-number", lines.get(1).problems().get(0).code());
        assertEquals(List.of("x"), lines.get(1).problems().get(0).args());
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        List<MemberCsv.Line> lines = read("code,name,inhabitants,weight\nA1,a,1.000,\nB1,b,2,\nC1,c,,\nD1,d\n");
        assertEquals(4, lines.size());
        assertTrue(problems(lines.get(0)).get(0).startsWith("inhabitants"));
        assertTrue(lines.get(1).problems().isEmpty());
        assertEquals(List.of("inhabitants: must not be empty"), problems(lines.get(2)));
        assertEquals(List.of("has 2 fields, the header has 4"), problems(lines.get(3)));
        assertEquals(List.of("2", "4"), lines.get(3).problems().get(0).args());
    }

    @Test
    void theWeightColumnMayBeLeftOut() {
        List<MemberCsv.Line> lines = read("Code,Name,Inhabitants\nA1,a,5\n");
        assertNull(lines.get(0).member().weight());
    }

    @Test
    void aWrongHeaderRefusesTheFile() {
        DomainException e = assertThrows(DomainException.class, () -> read("code,naam,inhabitants\nA1,a,5\n"));
        assertEquals(400, e.status());
        assertTrue(e.toProblem(null).errors().stream().anyMatch(f -> f.message().contains("'naam'")));
        assertTrue(e.toProblem(null).errors().stream().anyMatch(f -> f.message().contains("'name' is missing")));
    }

    @Test
    void anEmptyFileOrOneThatIsNotUtf8IsRefused() {
        assertEquals(400, assertThrows(DomainException.class, () -> read("")).status());
        byte[] latin1 = "code,name,inhabitants\nA1,S\u00fadwest-Frysl\u00e2n,5\n".getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = assertThrows(DomainException.class, () -> MemberCsv.read(latin1));
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void aBrokenQuoteIsReportedOnItsLine() {
        List<MemberCsv.Line> lines = read("code,name,inhabitants\nA1,a,1\nB1,\"b,2\nC1,c,3\n");
        MemberCsv.Line last = lines.get(lines.size() - 1);
        assertEquals(3, last.number());
        assertTrue(problems(last).get(0).contains("not valid CSV"));
    }

    @Test
    void writesRfc4180AndReadsItBack() {
        MemberView tricky = member("GM0518", "'s-Gravenhage, \"Den Haag\"", 566221, 13, true);
        MemberView derived = member("GM0001", "Plain", 10, 1, false);
        String csv = MemberCsv.write(List.of(derived, tricky));
        assertEquals("code,name,inhabitants,weight\r\nGM0001,Plain,10,\r\nGM0518,\"'s-Gravenhage, \"\"Den Haag\"\"\",566221,13\r\n", csv);
        List<MemberCsv.Line> back = read(csv);
        assertEquals(new MemberInput("GM0001", "Plain", 10L, null, null), back.get(0).member());
        assertEquals(new MemberInput("GM0518", "'s-Gravenhage, \"Den Haag\"", 566221L, 13, null), back.get(1).member());
    }

    private static MemberView member(String code, String name, long inhabitants, int weight, boolean explicit) {
        return new MemberView(code, name, inhabitants, weight, explicit, true);
    }

    /** A line's problems as sentences: "column: message", or the message for the whole line. */
    private static List<String> problems(MemberCsv.Line line) {
        return line.problems().stream().map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message()).toList();
    }
}
