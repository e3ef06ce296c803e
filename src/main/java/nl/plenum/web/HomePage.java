package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public start page: the current assembly, its agenda and where each ballot stands. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Agenda agenda);
    }

    @Inject
    AgendaQueries agendas;

    @GET
    public TemplateInstance home() {
        return Templates.home(agendas.current().orElse(null));
    }
}
