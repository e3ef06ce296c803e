package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.plenum.common.DomainException;
import nl.plenum.security.CurrentUser;
import nl.plenum.vote.CastResult;
import nl.plenum.vote.Choice;
import nl.plenum.vote.ActingFor;
import nl.plenum.vote.OpenBallot;
import nl.plenum.vote.OpenBallots;
import nl.plenum.vote.VoteRequest;
import nl.plenum.vote.VoteService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The delegate's pages: the open ballots for their member(s), the voting form and the receipt. */
@Path("/vote")
@Produces(MediaType.TEXT_HTML)
public class VotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<OpenBallot> seats, boolean memberKnown, ActingFor acting, String openIds);

        static native TemplateInstance ballot(BallotContext context, List<OpenBallot> seats, String problem);

        static native TemplateInstance recorded(BallotContext context, CastResult result, OpenBallot seat);
    }

    @Inject
    Viewer viewer;

    @Inject
    CurrentUser user;

    @Inject
    OpenBallots openBallots;

    @Inject
    VoteService votes;

    @Inject
    BallotContexts contexts;

    @Inject
    ErrorPages errors;

    @Inject
    OpenBallotSignal signal;

    @Inject
    LiveTurnouts turnouts;

    @GET
    public TemplateInstance list() {
        PageAccess.require(viewer.delegate());
        String openIds = signal.now().open().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return Templates.list(seats(), user.memberCode().isPresent(), user.memberCode().map(openBallots::actingFor).orElse(null), openIds);
    }

    /** Which ballots are open, pushed when one opens or closes (Server-Sent Events); ids only, never a count. */
    @GET
    @Path("live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<OpenBallotSignal.OpenNow> openLive() {
        PageAccess.require(viewer.delegate());
        return signal.stream(login(), until());
    }

    /** A ballot's state, pushed when it opens or closes; from the shared per-ballot poller, without its turnout. */
    @GET
    @Path("{ballotId}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<BallotStatus> ballotLive(@RestPath long ballotId) {
        PageAccess.require(viewer.delegate());
        return turnouts.stream(ballotId, viewer.locale(), login(), until())
                .map(t -> new BallotStatus(t.ballotId(), t.state()))
                .skip().repetitions();
    }

    /** All a delegate's page learns live about a ballot: never a count or a choice. */
    public record BallotStatus(long ballotId, nl.plenum.ballot.BallotState state) {
    }

    private String login() {
        return user.loginKey() == null ? user.name() : user.loginKey();
    }

    private Instant until() {
        return user.expiresAt().orElse(Instant.now().plus(Duration.ofHours(1)));
    }

    @GET
    @Path("{ballotId}")
    public TemplateInstance ballot(@RestPath long ballotId) {
        PageAccess.require(viewer.delegate());
        return Templates.ballot(contexts.of(ballotId), seatsOn(ballotId), null);
    }

    @POST
    @Path("{ballotId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance cast(@RestPath long ballotId, @RestForm String member, @RestForm String choice,
            @RestForm String previousReceipt) {
        PageAccess.require(viewer.delegate());
        BallotContext context = contexts.of(ballotId);
        Choice chosen = parse(choice);
        if (chosen == null || member == null || member.isBlank()) {
            return Templates.ballot(context, seatsOn(ballotId), errors.messages().vote_choose());
        }
        String receipt = previousReceipt == null || previousReceipt.isBlank() ? null : previousReceipt.trim();
        try {
            // Pages wait for the commit like the API does; the receipt exists only once the vote is stored.
            CastResult result = votes.cast(ballotId, member, new VoteRequest(chosen, receipt), user)
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            OpenBallot seat = seatsOn(ballotId).stream().filter(s -> s.member().equals(result.member())).findFirst()
                    .orElse(new OpenBallot(ballotId, context.ballot().question(), result.member(), result.member(), true, context.secret()));
            return Templates.recorded(context, result, seat);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof DomainException refusal) {
                return Templates.ballot(contexts.of(ballotId), seatsOn(ballotId), PageProblems.describe(refusal, errors.messages()));
            }
            throw new IllegalStateException("Vote could not be stored", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a vote", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Vote was not confirmed in time", e);
        }
    }

    private List<OpenBallot> seats() {
        return user.memberCode().map(openBallots::forDelegateOf).orElse(List.of());
    }

    private List<OpenBallot> seatsOn(long ballotId) {
        return seats().stream().filter(s -> s.ballotId() == ballotId).toList();
    }

    private static Choice parse(String choice) {
        try {
            return choice == null ? null : Choice.valueOf(choice);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
