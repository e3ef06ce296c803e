package nl.plenum.audit;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Ed25519 key that signs the chain head after every append. It lives outside the database
 * (a file or an environment variable), so a DBA who rewrites and rehashes the chain cannot sign it.
 * Earlier public keys stay listed, so old checkpoints still verify after a key change.
 */
@Startup
@ApplicationScoped
public class AuditKey {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the 32 key bytes follow. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    @ConfigProperty(name = "plenum.audit.signing-key-file")
    Optional<String> keyFile;

    @ConfigProperty(name = "plenum.audit.signing-key")
    Optional<String> keyText;

    @ConfigProperty(name = "plenum.audit.create-key", defaultValue = "false")
    boolean createKey;

    @ConfigProperty(name = "plenum.audit.previous-public-keys")
    Optional<List<String>> previousKeys;

    private PrivateKey privateKey;
    private PublicKeyInfo current;
    private final Map<String, PublicKeyInfo> known = new LinkedHashMap<>();

    /** A public key as published: its id (on every signature), fingerprint (on every results page) and encoding. */
    public record PublicKeyInfo(String keyId, String fingerprint, String algorithm, String publicKey, boolean current) {
    }

    @PostConstruct
    void load() {
        try {
            privateKey = readPrivateKey();
            byte[] publicDer = publicKeyOf(privateKey);
            current = info(publicDer, true);
            known.put(current.keyId(), current);
            for (String previous : previousKeys.orElse(List.of())) {
                if (!previous.isBlank()) {
                    PublicKeyInfo info = info(Base64.getDecoder().decode(previous.trim()), false);
                    known.putIfAbsent(info.keyId(), info);
                }
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key could not be read: " + e.getMessage(), e);
        }
    }

    private PrivateKey readPrivateKey() throws IOException, GeneralSecurityException {
        if (keyText.isPresent() && !keyText.get().isBlank()) {
            return parsePrivateKey(keyText.get());
        }
        if (keyFile.isEmpty() || keyFile.get().isBlank()) {
            throw new IllegalStateException("""
                    Plenum needs an Ed25519 key to sign its audit trail, and none is configured. Make one with
                      openssl genpkey -algorithm ed25519 -out /etc/plenum/audit-signing-key.pem && chmod 600 /etc/plenum/audit-signing-key.pem
                    and set PLENUM_AUDIT_SIGNING_KEY_FILE=/etc/plenum/audit-signing-key.pem (or the PEM itself in PLENUM_AUDIT_SIGNING_KEY). \
                    Keep it outside the database and its backups.""");
        }
        Path file = Path.of(keyFile.get());
        if (!Files.exists(file)) {
            if (!createKey) {
                throw new IllegalStateException("The audit signing key file " + file.toAbsolutePath() + " does not exist. Make one with "
                        + "`openssl genpkey -algorithm ed25519 -out " + file + "` (mode 0600), or point PLENUM_AUDIT_SIGNING_KEY_FILE at yours.");
            }
            writeNewKey(file);
        }
        return parsePrivateKey(Files.readString(file));
    }

    /** A new key in a file only its owner can read (the demo and the tests). */
    public static void writeNewKey(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, pem);
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.deleteIfExists(temp); // another process made one first: use theirs
        }
    }

    public static PrivateKey parsePrivateKey(String text) throws GeneralSecurityException {
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The JDK cannot derive an Ed25519 public key from the private one; BouncyCastle can. */
    public static byte[] publicKeyOf(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow(() -> new IllegalArgumentException("the key has no private bytes"));
        byte[] raw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        byte[] der = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
        return der;
    }

    private static PublicKeyInfo info(byte[] publicDer, boolean current) throws GeneralSecurityException {
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicDer)); // rejects a malformed key
        String fingerprint = AuditChain.sha256(publicDer);
        return new PublicKeyInfo(fingerprint.substring(0, 16), fingerprint, "Ed25519", Base64.getEncoder().encodeToString(publicDer), current);
    }

    /** The text a checkpoint signature covers; the independent verifier rebuilds it the same way. */
    public static String signedText(long seq, String hash) {
        return "plenum-audit-head:v1|" + seq + "|" + hash;
    }

    public SignedHead sign(long seq, String hash) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(signedText(seq, hash).getBytes(StandardCharsets.UTF_8));
            return new SignedHead(seq, hash, current.keyId(), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Empty when the head carries a valid signature by one of the known keys; otherwise what is wrong. */
    public Optional<String> check(SignedHead head) {
        PublicKeyInfo key = known.get(head.keyId());
        if (key == null) {
            return Optional.of("the checkpoint at event " + head.seq() + " is signed by an unknown key " + head.keyId());
        }
        try {
            PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey())));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(signedText(head.seq(), head.hash()).getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(head.signature()))) {
                return Optional.of("the signature of the checkpoint at event " + head.seq() + " does not match");
            }
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("the signature of the checkpoint at event " + head.seq() + " is malformed");
        }
    }

    public PublicKeyInfo current() {
        return current;
    }

    public List<PublicKeyInfo> all() {
        return new ArrayList<>(known.values());
    }
}
