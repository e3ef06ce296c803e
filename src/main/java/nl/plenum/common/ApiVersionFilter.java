package nl.plenum.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** NL API Design Rules: every response names the full API version. */
public class ApiVersionFilter {

    public static final String VERSION = "1.0.0";

    @ServerResponseFilter
    public void addVersion(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle("API-Version", VERSION);
        }
    }
}
