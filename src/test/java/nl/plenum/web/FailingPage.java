package nl.plenum.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test only: a page with a bug in it, to see what a reader gets from a 500. */
@Path("/test-only/broken-page")
public class FailingPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String brokenPage() {
        throw new IllegalStateException("a bug in a page");
    }

    /** The same bug behind the API. */
    @Path("/api/v1/test-only/broken")
    public static class Api {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String brokenApi() {
            throw new IllegalStateException("a bug in the API");
        }
    }
}
