package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotState;
import nl.plenum.common.DomainException;
import nl.plenum.result.ResultService;
import nl.plenum.security.CurrentUser;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The chair's console: open and close ballots, and watch the turnout live; never an interim tally. */
@Path("/chair")
public class ChairPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Agenda agenda, java.util.List<AssemblyChoice> choices);

        static native TemplateInstance console(BallotContext context, LiveTurnout turnout, ResultView result, String problem);

        static native TemplateInstance confirmClose(BallotContext context, LiveTurnout turnout);
    }

    @Inject
    Viewer viewer;

    @Inject
    CurrentUser user;

    @Inject
    AgendaQueries agendas;

    @Inject
    BallotContexts contexts;

    @Inject
    BallotService ballots;

    @Inject
    LiveTurnouts turnouts;

    @Inject
    ResultService results;

    @Inject
    ErrorPages errors;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("assembly") Long assembly) {
        PageAccess.require(viewer.chair());
        return Templates.overview(assembly == null ? agendas.current().orElse(null) : agendas.of(assembly), agendas.choices());
    }

    @GET
    @Path("ballots/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance console(@RestPath long id) {
        PageAccess.require(viewer.chair());
        return console(id, null);
    }

    @POST
    @Path("ballots/{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object open(@RestPath long id) {
        PageAccess.require(viewer.chair());
        try {
            ballots.open(id);
        } catch (DomainException e) {
            return console(id, PageProblems.describe(e, errors.messages()));
        }
        return backTo(id);
    }

    /** Closing cannot be undone: first a page that says so and who has not voted yet (no script needed). */
    @GET
    @Path("ballots/{id}/close")
    @Produces(MediaType.TEXT_HTML)
    public Object confirmClose(@RestPath long id) {
        PageAccess.require(viewer.chair());
        BallotContext context = contexts.of(id);
        if (context.ballot().state() != BallotState.OPEN) {
            return backTo(id);
        }
        return Templates.confirmClose(context, turnouts.now(id, viewer.locale()));
    }

    @POST
    @Path("ballots/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object close(@RestPath long id) {
        PageAccess.require(viewer.chair());
        try {
            ballots.close(id);
        } catch (DomainException e) {
            return console(id, PageProblems.describe(e, errors.messages()));
        }
        return backTo(id);
    }

    /** Turnout pushed to the console and the projector while they are open (Server-Sent Events). */
    @GET
    @Path("ballots/{id}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveTurnout> live(@RestPath long id) {
        PageAccess.require(viewer.chair() || viewer.secretariat());
        Instant until = user.expiresAt().orElse(Instant.now().plus(Duration.ofHours(1)));
        return turnouts.stream(id, viewer.locale(), user.loginKey() == null ? user.name() : user.loginKey(), until);
    }

    private TemplateInstance console(long id, String problem) {
        BallotContext context = contexts.of(id);
        LiveTurnout turnout = turnouts.now(id, viewer.locale());
        BallotState state = context.ballot().state();
        ResultView result = state == BallotState.CLOSED || state == BallotState.PUBLISHED
                ? ResultView.of(results.results(id, user).tally(), java.util.List.of(), viewer.locale())
                : null;
        return Templates.console(context, turnout, result, problem);
    }

    private static Response backTo(long id) {
        return Response.seeOther(URI.create("/chair/ballots/" + id)).build();
    }
}
