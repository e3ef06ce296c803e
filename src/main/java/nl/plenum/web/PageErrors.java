package nl.plenum.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page refused for the viewer's role answers with a page, not with problem+json. */
public class PageErrors {

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response forbidden(PageAccess e) {
        return pages.forbidden();
    }
}
