package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.MemberCsv;
import nl.plenum.member.MemberInput;
import nl.plenum.member.MemberService;
import org.junit.jupiter.api.Test;

/** Field errors reach the page in the reader's language, whoever produced them. */
@QuarkusTest
class FieldTextsTest {

    @Inject
    Validator validator;

    @Inject
    MemberService members;

    private static Messages dutch() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("nl"));
    }

    private static Messages english() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("en"));
    }

    private static String shown(FormProblem problem) {
        return String.join(" | ", problem.fields().stream().map(f -> f.label() + ": " + f.message()).toList());
    }

    @Test
    void beanValidationSpeaksDutchWithTheFieldsLabel() {
        MemberInput input = new MemberInput("GM 1", "=SUM(A1)", -5L, null, null);
        FormProblem problem = FormProblem.of(validator.validate(input, MemberInput.Creation.class), dutch());
        assertEquals("Code: bestaat uit 1 tot 32 letters, cijfers, punten, liggende streepjes of koppeltekens"
                + " | Inwoners: mag niet negatief zijn"
                + " | Naam: mag niet beginnen met = + - @ en geen stuurtekens bevatten", shown(problem));
        assertEquals("Controleer wat u hebt ingevuld.", problem.summary());
    }

    @Test
    void limitsAreNamed() {
        MemberInput input = new MemberInput("GM1", "x".repeat(201), 10L, 2_000_000, null);
        assertEquals("Naam: mag hoogstens 200 tekens lang zijn | Gewicht: mag hoogstens 1000000 zijn",
                shown(FormProblem.of(validator.validate(input, MemberInput.Creation.class), dutch())));
        assertEquals("Name: must be at most 200 characters long | Weight: must be at most 1000000",
                shown(FormProblem.of(validator.validate(input, MemberInput.Creation.class), english())));
    }

    @Test
    void csvLinesNameTheLineAndTheColumn() {
        byte[] file = "code;name;inhabitants\nGMX1;;veel\nGMX2;Twee;5;6\nGMX3;Drie;-1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DomainException refusal = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> members.importCsv(MemberCsv.read(file)));
        assertEquals("Regel 2: Inwoners: 'veel' is geen geheel getal"
                + " | Regel 3: heeft 4 velden, de kopregel heeft er 3"
                + " | Regel 4: Inwoners: mag niet negatief zijn", shown(FormProblem.of(refusal, dutch())));
    }

    @Test
    void aBadHeaderIsExplainedInDutch() {
        byte[] file = "code,naam,inhabitants\nGMX4,Vier,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DomainException refusal = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class, () -> MemberCsv.read(file));
        assertEquals("Regel 1: onbekende kolom 'naam'; de kolommen zijn code,name,inhabitants,weight,active"
                + " | Regel 1: kolom 'name' ontbreekt", shown(FormProblem.of(refusal, dutch())));
    }

    @Test
    void aCodeWithoutASentenceKeepsItsMessage() {
        FormProblem problem = FormProblem.invalid(List.of(
                FieldError.of("weightBrackets", "brackets-overlap", "brackets overlap at 5000"),
                new FieldError("quorum", "is odd")), dutch());
        assertEquals("weightBrackets: brackets overlap at 5000 | Quorum: is odd", shown(problem));
    }

    @Test
    void typedValuesThatCannotBeReadAreFieldErrors() {
        FormReader form = new FormReader();
        assertEquals(120_000L, form.wholeNumber("inhabitants", "120.000"));
        assertEquals(null, form.wholeNumber("weight", "veel"));
        assertEquals(null, form.date("date", "31-02-2026"));
        assertEquals(null, form.choice("status", nl.plenum.assembly.AssemblyStatus.class, "OPEN"));
        assertEquals("Datum: is geen geldige datum | Status: kies een van de mogelijkheden | Gewicht: 'veel' is geen geheel getal",
                shown(new FormProblem("", FormProblem.invalid(form.errors(), dutch()).fields().stream()
                        .sorted(java.util.Comparator.comparing(FormProblem.Shown::field)).toList())));
    }
}
