package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.plenum.common.DomainException;
import nl.plenum.result.ReceiptCheck;
import nl.plenum.result.ResultService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Public page where anyone holding a receipt code checks that the vote was counted. The code travels
 * only in a POST body (with a CSRF token), so it never lands in a URL, the history, a log or a Referer.
 */
@Path("/receipt")
@Produces(MediaType.TEXT_HTML)
public class ReceiptPage {

    /** Longer input is junk (see {@code Receipt}); it is not echoed back into the form. */
    private static final int MAX_CODE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(List<CheckableBallot> ballots, String code, ReceiptAnswer answer);
    }

    @Inject
    AgendaQueries agendas;

    @Inject
    BallotContexts contexts;

    @Inject
    ResultService results;

    @Inject
    ErrorPages errors;

    @GET
    public Response form(@RestQuery String ballot) {
        return page(200, ballots(id(ballot)), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@RestForm String ballot, @RestForm String code) {
        Messages m = errors.messages();
        Long ballotId = id(ballot);
        String typed = code == null || code.length() > MAX_CODE ? "" : code.trim();
        if (ballotId == null) {
            return page(400, ballots(null), typed, ReceiptAnswer.refused(null, m.receipt_choose_ballot()));
        }
        Optional<BallotContext> context = context(ballotId);
        if (context.isEmpty()) {
            return page(404, ballots(null), typed, ReceiptAnswer.refused(null, m.receipt_unknown_ballot()));
        }
        try {
            ReceiptCheck check = results.checkReceipt(ballotId, code == null ? "" : code);
            return page(200, ballots(ballotId), null, ReceiptAnswer.counted(context.get(), check));
        } catch (DomainException e) {
            String sentence = "invalid-input".equals(PageProblems.type(e)) ? m.receipt_malformed() : PageProblems.describe(e, m);
            return page(e.status(), ballots(ballotId), typed, ReceiptAnswer.refused(context.get(), sentence));
        }
    }

    /** The current assembly's checkable ballots, and the chosen one even when it belongs to another assembly. */
    private List<CheckableBallot> ballots(Long selected) {
        List<CheckableBallot> list = new ArrayList<>();
        agendas.current().ifPresent(agenda -> agenda.items().forEach(item -> item.ballots().stream()
                .filter(b -> CheckableBallot.checkable(b.state()))
                .forEach(b -> list.add(new CheckableBallot(b.id(), item.agendaItem(), b.question(), b.state(),
                        selected != null && selected == b.id())))));
        if (selected != null && list.stream().noneMatch(CheckableBallot::selected)) {
            context(selected).filter(c -> CheckableBallot.checkable(c.ballot().state()))
                    .ifPresent(c -> list.add(0, new CheckableBallot(selected, c.agendaItem(), c.ballot().question(), c.ballot().state(), true)));
        }
        return list;
    }

    private Optional<BallotContext> context(long ballotId) {
        try {
            return Optional.of(contexts.of(ballotId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Never cached: the page may show a voter's receipt code and choice. */
    private static Response page(int status, List<CheckableBallot> ballots, String code, ReceiptAnswer answer) {
        return Response.status(status).entity(Templates.receipt(ballots, code, answer))
                .header("Cache-Control", "no-store").build();
    }
}
