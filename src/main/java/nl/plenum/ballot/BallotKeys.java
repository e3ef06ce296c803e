package nl.plenum.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.plenum.common.DomainException;
import nl.plenum.secrecy.BallotKeyPair;
import nl.plenum.secrecy.BallotPublicKey;
import nl.plenum.secrecy.KeySeal;
import nl.plenum.secrecy.ScalarSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key pairs of secret ballots. Made when the ballot opens; the public key is stored with the ballot,
 * the private key only sealed under the key-encryption key from configuration, and opened only to
 * decrypt the totals at close. Without a key-encryption key no secret ballot opens.
 */
@ApplicationScoped
public class BallotKeys {

    @Inject
    EntityManager em;

    /** Base64 of 32 random bytes; from the environment as PLENUM_SECRECY_KEY. */
    @ConfigProperty(name = "plenum.secrecy.key")
    Optional<String> key;

    /** A file holding the same (base64, 32 bytes); used when plenum.secrecy.key is not set. */
    @ConfigProperty(name = "plenum.secrecy.key-file")
    Optional<String> keyFile;

    private final ScalarSource random = ScalarSource.secure();
    private final Map<Long, BallotPublicKey> publicKeys = new ConcurrentHashMap<>(); // immutable once made

    /** Makes and stores the ballot's key pair; the caller holds the ballot's row lock. */
    public BallotPublicKey create(long ballotId) {
        KeySeal seal = seal();
        BallotKeyPair pair = BallotKeyPair.generate(random);
        em.createNativeQuery("INSERT INTO ballot_key (ballot_id, sealed) VALUES (?1, ?2)")
                .setParameter(1, ballotId).setParameter(2, seal.seal(ballotId, pair.x())).executeUpdate();
        em.createNativeQuery("UPDATE ballot SET public_key = ?1 WHERE id = ?2")
                .setParameter(1, pair.publicKey().hex()).setParameter(2, ballotId).executeUpdate();
        return pair.publicKey();
    }

    /** The public key of an opened secret ballot, if it has one. */
    public Optional<BallotPublicKey> publicKey(long ballotId) {
        BallotPublicKey known = publicKeys.get(ballotId);
        if (known != null) {
            return Optional.of(known);
        }
        @SuppressWarnings("unchecked")
        List<String> hex = em.createNativeQuery("SELECT public_key FROM ballot WHERE id = ?1 AND public_key IS NOT NULL")
                .setParameter(1, ballotId).getResultList();
        return hex.stream().findFirst().map(h -> publicKeys.computeIfAbsent(ballotId, id -> BallotPublicKey.of(h)));
    }

    /** The key pair, unsealed: only to decrypt the totals when the ballot closes. */
    public BallotKeyPair unseal(long ballotId) {
        @SuppressWarnings("unchecked")
        List<byte[]> sealed = em.createNativeQuery("SELECT sealed FROM ballot_key WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getResultList();
        if (sealed.isEmpty()) {
            throw new IllegalStateException("secret ballot " + ballotId + " has no key");
        }
        BallotKeyPair pair;
        try {
            pair = BallotKeyPair.of(seal().open(ballotId, sealed.get(0)));
        } catch (IllegalArgumentException e) {
            throw DomainException.conflict("secrecy-key-mismatch",
                    "The ballot's key does not open with the configured key-encryption key (plenum.secrecy.key): was it replaced?");
        }
        if (!publicKey(ballotId).map(k -> k.h().equals(pair.publicKey().h())).orElse(false)) {
            throw DomainException.conflict("secrecy-key-mismatch", "The sealed key of ballot " + ballotId + " does not match its public key");
        }
        return pair;
    }

    private KeySeal seal() {
        byte[] kek = keyEncryptionKey().orElseThrow(() -> DomainException.conflict("secrecy-key-missing",
                "A secret ballot needs a key-encryption key to protect its private key; none is configured. "
                        + "Set PLENUM_SECRECY_KEY (or plenum.secrecy.key-file) to 32 random bytes in base64, e.g. from `head -c 32 /dev/urandom | base64`."));
        return new KeySeal(kek);
    }

    private Optional<byte[]> keyEncryptionKey() {
        Optional<String> text = key.filter(k -> !k.isBlank());
        if (text.isEmpty() && keyFile.filter(f -> !f.isBlank()).isPresent()) {
            try {
                text = Optional.of(Files.readString(Path.of(keyFile.get())));
            } catch (IOException e) {
                throw DomainException.conflict("secrecy-key-missing", "The key-encryption key file " + keyFile.get() + " cannot be read");
            }
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        byte[] kek;
        try {
            kek = Base64.getDecoder().decode(text.get().strip());
        } catch (IllegalArgumentException e) {
            kek = new byte[0];
        }
        if (kek.length != 32) {
            throw DomainException.conflict("secrecy-key-invalid", "The key-encryption key must be 32 bytes in base64 (44 characters)");
        }
        return Optional.of(kek);
    }
}
