package nl.plenum.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    static final ProductionSecrets.Secret SESSION = ProductionSecrets.SECRETS.get(1);

    @Test
    void demoValuesShortValuesAndMissingValuesAreRefusedByTheirVariable() {
        assertEquals(Optional.of("PLENUM_SESSION_SECRET is a published demo value; set a random secret of at least 32 characters"),
                ProductionSecrets.refusal(SESSION, "plenum-demo-session-secret-change-me-in-production"));
        assertTrue(ProductionSecrets.refusal(SESSION, "a".repeat(31)).orElseThrow().contains("shorter than 32"));
        assertTrue(ProductionSecrets.refusal(SESSION, null).orElseThrow().startsWith("PLENUM_SESSION_SECRET is not set"));
        assertTrue(ProductionSecrets.refusal(SESSION, "  ").isPresent());
    }

    @Test
    void aLongRandomValueIsAccepted() {
        assertEquals(Optional.empty(), ProductionSecrets.refusal(SESSION, "k3J9x2LmQ7vB1nR8tY4wZ6cF0hD5sG2a"));
    }
}
