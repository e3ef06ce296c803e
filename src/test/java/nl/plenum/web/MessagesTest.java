package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import nl.plenum.ballot.BallotState;
import nl.plenum.result.Verdict;
import nl.plenum.vote.Choice;
import org.junit.jupiter.api.Test;

/** Texts that branch on a value are templates themselves; each branch must be reachable in both languages. */
@QuarkusTest
class MessagesTest {

    private static Messages dutch() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("nl"));
    }

    private static Messages english() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("en"));
    }

    @Test
    void choicesAndStates() {
        assertEquals("Voor", dutch().choice(Choice.YES));
        assertEquals("Against", english().choice(Choice.NO));
        assertEquals("Stemming open", dutch().ballot_state(BallotState.OPEN));
        assertEquals("Closed", english().ballot_state(BallotState.CLOSED));
        assertEquals("In vergadering", dutch().assembly_status("IN_SESSION"));
        assertEquals("Planned", english().assembly_status("PLANNED"));
    }

    @Test
    void verdictNamesTheShareInFavour() {
        assertEquals("Aangenomen met 99,44 % voor", dutch().verdict(Verdict.ADOPTED, "99,44 %"));
        assertEquals("Rejected with 40.00 % in favour", english().verdict(Verdict.REJECTED, "40.00 %"));
    }

    @Test
    void refusalsFromTheServicesReadAsSentences() {
        assertEquals("Vul de ontvangstcode van uw vorige stem in om uw stem te wijzigen.", dutch().problem("receipt-required", 409));
        assertEquals("This ballot is not open: votes cannot be cast now.", english().problem("ballot-not-open", 409));
        assertEquals("Dat lukte niet (fout 418).", dutch().problem("teapot", 418));
    }

    @Test
    void formErrors() {
        assertEquals("Vul de vraag in.", dutch().form_error("question"));
        assertEquals("The question is too long (500 characters at most).", english().form_error("question-length"));
    }
}
