package nl.plenum.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.plenum.common.DomainException;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    @Inject
    AuditKey key;

    @GET
    @Path("verify")
    @RolesAllowed({Roles.SECRETARIAT, Roles.CHAIR})
    @Operation(summary = "Verify the audit chain and every tally",
            description = "Recomputes every hash of the chain and checks every Ed25519 checkpoint signature; checks that no signed, "
                    + "anchored or given head was cut off or rewritten; per ballot recomputes the entitlement digest, compares each vote's "
                    + "weight with the frozen entitlement, replays the signed vote events against the stored votes, recomputes the votes "
                    + "digest and recounts the tally (percentages, majority, quorum, verdict) against the stored and signed one. "
                    + "Streams: memory does not grow with the number of events.")
    public AuditVerifier.Report verify(
            @Parameter(description = "A signed head you kept (seq), e.g. from a results page; give it with hash, keyId and signature")
            @QueryParam("seq") Long seq,
            @QueryParam("hash") String hash,
            @QueryParam("keyId") String keyId,
            @QueryParam("signature") String signature) {
        Optional<SignedHead> saved = Optional.empty();
        if (seq != null || hash != null || keyId != null || signature != null) {
            if (seq == null || seq < 1 || hash == null || !hash.matches("[0-9a-f]{64}") || keyId == null || signature == null) {
                throw DomainException.invalid("seq", "A saved head needs seq (a positive number), hash (64 hex digits), keyId and signature");
            }
            saved = Optional.of(new SignedHead(seq, hash, keyId, signature));
        }
        return verifier.verify(saved);
    }

    @GET
    @Path("head")
    @PermitAll
    @Operation(summary = "The signed head of the audit chain",
            description = "The newest event's sequence number and hash with the Ed25519 signature over "
                    + "\"plenum-audit-head:v1|<seq>|<hash>\" by the key with this id (see /api/v1/audit/keys). "
                    + "Keep it: a later rewrite of the chain cannot reproduce it.")
    public SignedHead head() {
        return audit.head().orElseThrow(() -> DomainException.notFound("The audit chain head", "(the chain is empty)"));
    }

    @GET
    @Path("keys")
    @PermitAll
    @Operation(summary = "The public keys that sign the audit chain",
            description = "Ed25519 public keys (base64 X.509 SubjectPublicKeyInfo) with their id (the first 16 hex digits of the "
                    + "fingerprint, on every signature) and fingerprint (SHA-256 of the encoded key, on every results page). "
                    + "Earlier keys stay listed so old signatures still verify.")
    public List<AuditKey.PublicKeyInfo> keys() {
        return key.all();
    }
}
