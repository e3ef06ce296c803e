package nl.plenum.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.plenum.common.DomainException;
import org.junit.jupiter.api.Test;

/** Production has no key-encryption key by default: a secret ballot must then refuse to open, saying why. */
class BallotKeysTest {

    @Test
    void withoutAKeyEncryptionKeyNoSecretBallotOpens() {
        BallotKeys keys = keys(Optional.empty(), Optional.empty());
        DomainException refused = assertThrows(DomainException.class, () -> keys.create(1));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("PLENUM_SECRECY_KEY"), refused.getMessage());
    }

    @Test
    void aKeyThatIsNot32BytesIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> keys(Optional.of("c2hvcnQ="), Optional.empty()).create(1));
        assertTrue(refused.getMessage().contains("32 bytes"), refused.getMessage());
        assertThrows(DomainException.class, () -> keys(Optional.of("not base64 at all!"), Optional.empty()).create(1));
    }

    @Test
    void anUnreadableKeyFileIsSaidSo() {
        DomainException refused = assertThrows(DomainException.class,
                () -> keys(Optional.empty(), Optional.of("/nonexistent/secrecy.key")).create(1));
        assertTrue(refused.getMessage().contains("/nonexistent/secrecy.key"), refused.getMessage());
    }

    private static BallotKeys keys(Optional<String> key, Optional<String> file) {
        BallotKeys keys = new BallotKeys();
        keys.key = key;
        keys.keyFile = file;
        return keys;
    }
}
