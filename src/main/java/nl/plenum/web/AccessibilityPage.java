package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The accessibility statement (toegankelijkheidsverklaring) that Dutch public bodies publish. */
@Path("/toegankelijkheid")
@Produces(MediaType.TEXT_HTML)
public class AccessibilityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();
    }

    @GET
    public TemplateInstance statement() {
        return Templates.accessibility();
    }
}
