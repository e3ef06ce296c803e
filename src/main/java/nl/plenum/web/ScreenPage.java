package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.plenum.member.Association;
import nl.plenum.member.AssociationService;
import nl.plenum.result.ResultService;
import nl.plenum.security.CurrentUser;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The projector in the meeting room: large type, turnout while the ballot is open, the result
 * once it is closed or published, as the association's projector setting says ({@link ScreenContent}).
 * Run by the chair or the secretariat.
 */
@Path("/screen/{ballotId}")
public class ScreenPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance screen(BallotContext context, String association, ScreenContent content,
                LiveTurnout turnout, ResultView result);
    }

    @Inject
    Viewer viewer;

    @Inject
    CurrentUser user;

    @Inject
    BallotContexts contexts;

    @Inject
    LiveTurnouts turnouts;

    @Inject
    ResultService results;

    @Inject
    AssociationService associations;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance screen(@RestPath long ballotId) {
        PageAccess.require(viewer.chair() || viewer.secretariat());
        BallotContext context = contexts.of(ballotId);
        Association association = associations.current();
        ScreenContent content = ScreenContent.of(context.ballot().state(), association.projectorReveal);
        ResultView result = content == ScreenContent.RESULT
                ? ResultView.of(results.results(ballotId, user).tally(), List.of(), viewer.locale())
                : null;
        return Templates.screen(context, association.name, content, turnouts.now(ballotId, viewer.locale()), result);
    }
}
