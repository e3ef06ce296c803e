package nl.plenum.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.plenum.common.Problem;
import nl.plenum.common.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A person who mistypes an address gets a page; a program on the API gets problem+json. */
public class PageNotFound {

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            Problem problem = new Problem(ProblemMapper.TYPE_BASE + "not-found", "Not Found", 404,
                    "There is nothing at this address", path, null);
            return Response.status(404).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return pages.notFound();
    }
}
