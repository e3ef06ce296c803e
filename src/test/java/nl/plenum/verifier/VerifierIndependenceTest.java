package nl.plenum.verifier;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The independent verifier shares no code with the server: a bug in one cannot hide in the other. */
class VerifierIndependenceTest {

    @Test
    void theVerifierImportsNothingFromTheRestOfPlenum() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.plenum");
        noClasses().that().resideInAPackage("nl.plenum.verifier..")
                .should().dependOnClassesThat(resideInAPackage("nl.plenum..").and(not(resideInAPackage("nl.plenum.verifier.."))))
                .because("the verifier must recompute every result on its own (issue 10)")
                .check(classes);
    }
}
