package nl.plenum.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.plenum.common.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One rule for every error on a page (an unknown assembly, a GET of a form's address, a 500): the
 * mappers answer problem+json, and outside {@code /api/} that becomes the HTML error page in the
 * reader's language, with the same status. The API keeps its problem+json.
 */
public class ProblemPages {

    @Inject
    ErrorPages pages;

    @ServerResponseFilter
    public void forPeople(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isPage(request.getUriInfo().getPath())) {
            return;
        }
        String type = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf('/') + 1);
        Response page = pages.forProblem(type, problem.status());
        response.setStatus(page.getStatus());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, page.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setEntity(page.getEntity(), null, page.getMediaType());
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/");
    }
}
