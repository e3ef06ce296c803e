package nl.plenum.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plenum.ballot.BallotRules;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.BallotView;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.CsvFormat;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

/** Issue 11.9: the exports in the machine format, and in the format Dutch spreadsheets open into columns. */
class ResultCsvTest {

    /** Stands in for the web layer's Dutch texts (the real ones are checked over HTTP in SpreadsheetCsvTest). */
    static final CsvLabels DUTCH = new CsvLabels() {
        final Map<String, String> columns = Map.of("ballot", "Stemming", "question", "Vraag", "choice", "Keuze", "count", "Leden",
                "weight", "Gewicht", "percent", "Percentage", "member", "Lid", "name", "Naam", "cast_by", "Gestemd door");

        @Override
        public String column(String name) {
            return columns.get(name);
        }

        @Override
        public String choice(Choice choice) {
            return choice == null ? "Niet gestemd" : Map.of(Choice.YES, "Voor", Choice.NO, "Tegen", Choice.ABSTAIN, "Onthouding").get(choice);
        }

        @Override
        public String verdict(Verdict verdict) {
            return verdict == Verdict.ADOPTED ? "Aangenomen" : "Verworpen";
        }

        @Override
        public String row(String name) {
            return Map.of("TURNOUT", "Opkomst", "VERDICT", "Uitslag", "OPENED", "Stemming geopend", "CLOSED", "Stemming gesloten").get(name);
        }
    };

    static BallotResult result(String question) {
        BallotRules rules = new BallotRules(OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, null);
        Tally tally = Tally.compute(rules, 4, 10_137,
                Map.of(Choice.YES, new Totals(1, 9944), Choice.NO, new Totals(1, 56), Choice.ABSTAIN, new Totals(1, 100)));
        BallotView ballot = new BallotView(12, 3, question, OptionSet.YNA, PercentBase.YES_NO, MajorityRule.SIMPLE, null,
                Visibility.OPEN, BallotState.PUBLISHED, java.time.OffsetDateTime.parse("2026-12-10T13:04:05Z"),
                java.time.OffsetDateTime.parse("2026-12-10T13:09:30.250Z"), null, null);
        return new BallotResult(ballot, tally);
    }

    @Test
    void theMachineFormatKeepsItsColumnsAndAddsWhenTheVoteWasHeld() {
        assertEquals("""
                ballot,question,choice,count,weight,percent\r
                12,Jaarrekening?,YES,1,9944,99.44\r
                12,Jaarrekening?,NO,1,56,0.56\r
                12,Jaarrekening?,ABSTAIN,1,100,\r
                12,Jaarrekening?,TURNOUT,3,10100,99.64\r
                12,Jaarrekening?,VERDICT,,,ADOPTED\r
                12,Jaarrekening?,OPENED,,,2026-12-10T13:04:05Z\r
                12,Jaarrekening?,CLOSED,,,2026-12-10T13:09:30.250Z\r
                """, ResultCsv.tally(result("Jaarrekening?")));
    }

    @Test
    void theSpreadsheetFormatHasSemicolonsDecimalCommasAndDutchWords() {
        String csv = ResultCsv.tally(result("Jaarrekening?"), CsvFormat.SPREADSHEET, DUTCH);
        assertEquals("""
                Stemming;Vraag;Keuze;Leden;Gewicht;Percentage\r
                12;Jaarrekening?;Voor;1;9944;99,44\r
                12;Jaarrekening?;Tegen;1;56;0,56\r
                12;Jaarrekening?;Onthouding;1;100;\r
                12;Jaarrekening?;Opkomst;3;10100;99,64\r
                12;Jaarrekening?;Uitslag;;;Aangenomen\r
                12;Jaarrekening?;Stemming geopend;;;10-12-2026 14:04:05\r
                12;Jaarrekening?;Stemming gesloten;;;10-12-2026 14:09:30\r
                """, csv);
    }

    @Test
    void aQuestionWithSemicolonsAndQuotesIsQuotedOnce() {
        String csv = ResultCsv.tally(result("Begroting; \"herzien\", 2026?"), CsvFormat.SPREADSHEET, DUTCH);
        assertTrue(csv.contains("\r\n12;\"Begroting; \"\"herzien\"\", 2026?\";Voor;1;9944;99,44\r\n"), csv);
        // a comma alone needs no quotes with a semicolon separator, and a semicolon none with a comma
        assertTrue(ResultCsv.tally(result("Jaarrekening, 2025?"), CsvFormat.SPREADSHEET, DUTCH).contains(";Jaarrekening, 2025?;"));
        assertTrue(ResultCsv.tally(result("Begroting; 2026?")).contains(",Begroting; 2026?,"));
    }

    @Test
    void formulasAreDefusedInTheSpreadsheetFormatToo() {
        String csv = ResultCsv.tally(result("=HYPERLINK(\"http://x\";\"klik\")"), CsvFormat.SPREADSHEET, DUTCH);
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";"), csv);
        String rollCall = RollCallCsv.of(List.of(new RollCallEntry("GM1", "@SUM(A1;A2)", 3, null, null),
                new RollCallEntry("GM2", "Gemeente 's-Hertogenbosch", 12, Choice.NO, "GM1")), CsvFormat.SPREADSHEET, DUTCH);
        assertEquals("""
                Lid;Naam;Gewicht;Keuze;Gestemd door\r
                GM1;"'@SUM(A1;A2)";3;Niet gestemd;\r
                GM2;Gemeente 's-Hertogenbosch;12;Tegen;GM1\r
                """, rollCall);
    }

    @Test
    void theSpreadsheetFileStartsWithAByteOrderMarkTheMachineFileDoesNot() {
        assertEquals("\uFEFFa;b", CsvFormat.SPREADSHEET.document("a;b"));
        assertEquals("a,b", CsvFormat.MACHINE.document("a,b"));
        assertFalse(ResultCsv.tally(result("Q")).startsWith("\uFEFF"));
    }
}
