package nl.plenum.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Where Quarkus sends the browser when the provider no longer refreshes the session (it ended there,
 * or its refresh token expired); the session cookie is already gone. Going back to the page starts
 * a fresh login that returns to it, instead of an error.
 */
@Path(SessionExpired.PATH)
public class SessionExpired {

    static final String PATH = "/session-expired";
    static final String RETURN = "return";

    @GET
    public Response again(@RestQuery(RETURN) String page) {
        String target = LostAction.isLocal(page) && !page.startsWith(PATH) ? page : "/login";
        return Response.seeOther(URI.create(target)).header("Cache-Control", "no-store").build();
    }
}
