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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.plenum.common.DomainException;
import nl.plenum.delegate.DelegateRegister;
import nl.plenum.security.CurrentUser;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Where a delegate's login redeems the invitation code from the secretariat's letter: the first login
 * binds to the register entry, and from then on this login votes for that member.
 */
@Path("/invitation")
@Produces(MediaType.TEXT_HTML)
public class InvitationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance redeem(String problem, String actingFor);
    }

    @Inject
    Viewer viewer;

    @Inject
    CurrentUser user;

    @Inject
    DelegateRegister register;

    @Inject
    ErrorPages errors;

    @GET
    public TemplateInstance form() {
        PageAccess.require(viewer.loggedIn());
        return Templates.redeem(null, user.memberCode().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeem(@RestForm String code) {
        PageAccess.require(viewer.loggedIn());
        try {
            register.redeem(code, user.login());
        } catch (DomainException e) {
            String problem = errors.delegateTexts().invitation_problem(e.getMessage() == null ? "" : type(e));
            return Response.status(e.status()).entity(Templates.redeem(problem, user.memberCode().orElse(null)))
                    .header("Cache-Control", "no-store").build();
        }
        // the next request's identity comes from the register: now a delegate
        return Response.seeOther(URI.create("/vote")).build();
    }

    private static String type(DomainException e) {
        String type = e.toProblem(null).type();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
