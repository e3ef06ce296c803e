package nl.plenum.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /login} is protected (see application.properties), so reaching it runs the login flow;
 * once logged in, each role lands on the page it works in.
 */
@Path("/login")
public class LoginResource {

    @Inject
    Viewer viewer;

    @GET
    public Response login() {
        String home = viewer.chair() ? "/chair" : viewer.secretariat() ? "/secretariat" : viewer.delegate() ? "/vote" : "/";
        return Response.seeOther(URI.create(home)).build();
    }
}
