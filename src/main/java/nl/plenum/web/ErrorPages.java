package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Readable HTML error pages for people; the API keeps answering with problem+json. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String detail);
    }

    @Inject
    Viewer viewer;

    /** The page texts in the viewer's language, for use in Java code. */
    public Messages messages() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(viewer.lang()));
    }

    public FormTexts formTexts() {
        return MessageBundles.get(FormTexts.class, Localized.Literal.of(viewer.lang()));
    }

    public BallotTexts ballotTexts() {
        return MessageBundles.get(BallotTexts.class, Localized.Literal.of(viewer.lang()));
    }

    public AgendaTexts agendaTexts() {
        return MessageBundles.get(AgendaTexts.class, Localized.Literal.of(viewer.lang()));
    }

    public DelegateTexts delegateTexts() {
        return MessageBundles.get(DelegateTexts.class, Localized.Literal.of(viewer.lang()));
    }

    public Response forbidden() {
        return page(403, messages().error_forbidden_title(), messages().error_forbidden());
    }

    public Response notFound() {
        return page(404, messages().error_not_found_title(), messages().error_not_found());
    }

    /** The page for a problem the API mappers produced: its type's sentence in the reader's language. */
    public Response forProblem(String type, int status) {
        Messages m = messages();
        return switch (status) {
            case 403 -> forbidden();
            case 405 -> page(405, m.error_method_title(), m.error_method());
            default -> status >= 500 ? page(status, m.error_server_title(), m.error_server())
                    : status == 404 && type.equals("not-found") ? notFound()
                    : page(status, status == 404 ? m.error_not_found_title() : m.error_problem_title(), m.problem(type, status));
        };
    }

    public Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(title, detail).render()).build();
    }
}
