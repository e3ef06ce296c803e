package nl.plenum.vote;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.MemberRepository;
import nl.plenum.security.CurrentUser;

/** Casting and changing votes. Who may vote for whom is checked in the same transaction that writes. */
@ApplicationScoped
public class VoteService {

    @Inject
    VoteWriter writer;

    @Inject
    SecretVotes secretVotes;

    @Inject
    VoteRateLimit rateLimit;

    public CompletionStage<CastResult> cast(long ballotId, String memberCode, VoteRequest request, CurrentUser user) {
        if (user.memberCode().isEmpty()) {
            return CompletableFuture.failedStage(DomainException.forbidden(
                    "Your login acts for no member: redeem the invitation code the secretariat gave you first"));
        }
        try {
            rateLimit.take(user.loginKey());
        } catch (DomainException tooMany) {
            return CompletableFuture.failedStage(tooMany);
        }
        if (!MemberRepository.isWellFormedCode(memberCode)) {
            // answered here: a code PostgreSQL cannot even compare would fail the whole batch it joined
            return CompletableFuture.failedStage(DomainException.notFound("Member", memberCode));
        }
        if (request == null || request.choice() == null) {
            return CompletableFuture.failedStage(DomainException.invalid(List.of(FieldError.of("choice", "not-null", "choice is required: YES, NO or ABSTAIN"))));
        }
        CastCommand command = new CastCommand(ballotId, memberCode, request.choice(), request.previousReceipt(), user.login(),
                user.memberFromClaim() ? user.memberCode().get() : null);
        return secretVotes.prepare(command).thenCompose(writer::submit);
    }
}
