package nl.plenum.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    @TempDir
    Path dir;

    @Test
    void withoutAKeyPlenumRefusesToStartAndSaysHowToMakeOne() {
        AuditKey key = key(Optional.empty(), false);
        IllegalStateException refused = assertThrows(IllegalStateException.class, key::load);
        assertTrue(refused.getMessage().contains("openssl genpkey -algorithm ed25519"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PLENUM_AUDIT_SIGNING_KEY_FILE"), refused.getMessage());
    }

    @Test
    void aMissingKeyFileIsNotMadeUnlessAskedTo() {
        Path file = dir.resolve("missing.pem");
        IllegalStateException refused = assertThrows(IllegalStateException.class, key(Optional.of(file.toString()), false)::load);
        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void aMadeKeyIsPrivateToItsOwnerAndSignaturesVerify() throws Exception {
        Path file = dir.resolve("key.pem");
        AuditKey key = key(Optional.of(file.toString()), true);
        key.load();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        SignedHead head = key.sign(42, "ab".repeat(32));
        assertEquals(Optional.empty(), key.check(head));
        assertTrue(key.check(new SignedHead(43, head.hash(), head.keyId(), head.signature())).orElseThrow().contains("does not match"));
        assertEquals(key.current().fingerprint().substring(0, 16), head.keyId());
    }

    @Test
    void signaturesOfAnEarlierKeyStillVerifyWhenItsPublicKeyIsListed() throws Exception {
        AuditKey old = key(Optional.of(dir.resolve("old.pem").toString()), true);
        old.load();
        SignedHead oldHead = old.sign(7, "cd".repeat(32));

        AuditKey rotated = key(Optional.of(dir.resolve("new.pem").toString()), true);
        rotated.load();
        assertTrue(rotated.check(oldHead).orElseThrow().contains("unknown key"));

        rotated.previousKeys = Optional.of(List.of(old.current().publicKey()));
        rotated.load();
        assertEquals(Optional.empty(), rotated.check(oldHead));
        assertEquals(2, rotated.all().size());
    }

    private static AuditKey key(Optional<String> file, boolean create) {
        AuditKey key = new AuditKey();
        key.keyFile = file;
        key.keyText = Optional.empty();
        key.createKey = create;
        key.previousKeys = Optional.empty();
        return key;
    }
}
