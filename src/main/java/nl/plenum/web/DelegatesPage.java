package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plenum.common.DomainException;
import nl.plenum.delegate.Delegate;
import nl.plenum.delegate.DelegateRegister;
import nl.plenum.delegate.DelegateStatus;
import nl.plenum.member.MemberService;
import nl.plenum.member.MemberView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The secretariat's delegate register: per member who acts for it and whether that login is bound,
 * the members without a bound delegate, designating, revoking, and invitation letters to print.
 */
@Path("/secretariat/delegates")
@Produces(MediaType.TEXT_HTML)
public class DelegatesPage {

    /** One active member and its register entries. */
    public record Row(String code, String name, List<Delegate> delegates) {

        public boolean hasBoundDelegate() {
            return delegates.stream().anyMatch(d -> d.status() == DelegateStatus.BOUND);
        }
    }

    /** What was typed into the designation form, shown again when it is refused. */
    public record Typed(String member, String name, String email) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(List<Row> rows, List<Row> withoutDelegate, Typed typed, FormProblem problem, String notice);

        static native TemplateInstance invitation(DelegateRegister.Invitation invitation, String address);
    }

    @Inject
    Viewer viewer;

    @Inject
    DelegateRegister register;

    @Inject
    MemberService members;

    @Inject
    ErrorPages errors;

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved, @QueryParam("revoked") String revoked) {
        PageAccess.require(viewer.secretariat());
        String notice = null;
        if (saved != null && saved.matches("[A-Za-z0-9_.-]{1,32}")) {
            notice = errors.delegateTexts().delegates_saved(saved);
        } else if (revoked != null && revoked.matches("[A-Za-z0-9_.-]{1,32}")) {
            notice = errors.delegateTexts().delegates_revoked_notice(revoked);
        }
        return page(null, null, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response designate(@RestForm String member, @RestForm String name, @RestForm String email) {
        PageAccess.require(viewer.secretariat());
        String code = member == null ? "" : member.strip();
        try {
            register.designate(code, new DelegateRegister.Designation(name, email, null));
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(new Typed(member, name, email), FormProblem.of(e, errors.messages()), null)).build();
        }
        return Response.seeOther(URI.create("/secretariat/delegates?saved=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** A new single-use code on a page to print or mail; the code is never shown again. */
    @POST
    @Path("{code}/{id}/invitation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@RestPath String code, @RestPath long id) {
        PageAccess.require(viewer.secretariat());
        DelegateRegister.Invitation invitation = register.invite(code, id);
        String address = viewer.origin() + "/invitation";
        return Response.ok(Templates.invitation(invitation, address)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{code}/{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath String code, @RestPath long id) {
        PageAccess.require(viewer.secretariat());
        register.revoke(code, id);
        return Response.seeOther(URI.create("/secretariat/delegates?revoked=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    private TemplateInstance page(Typed typed, FormProblem problem, String notice) {
        Map<String, List<Delegate>> byMember = register.all().stream().collect(Collectors.groupingBy(Delegate::member));
        List<Row> rows = members.list(null).stream().filter(MemberView::active)
                .map(m -> new Row(m.code(), m.name(), byMember.getOrDefault(m.code(), List.of()))).toList();
        List<Row> without = rows.stream().filter(r -> !r.hasBoundDelegate()).toList();
        return Templates.register(rows, without, typed, problem, notice);
    }
}
