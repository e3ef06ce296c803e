package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem;
import nl.plenum.member.Member;
import nl.plenum.member.MemberInput;
import nl.plenum.member.MemberService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * One member of the register: change its name, inhabitants, weight and active flag, or remove it.
 * Removing asks first on a page of its own, so it needs no script and a stray click changes nothing.
 */
@Path("/secretariat/members/{code}")
@Produces(MediaType.TEXT_HTML)
public class MemberPage {

    @CheckedTemplate
    static class Templates {
        /** {@code name} and {@code weight}: as stored, for the heading and the derived weight; {@code member}: as typed. */
        static native TemplateInstance member(String name, int weight, MemberForm member, FormProblem problem);

        static native TemplateInstance remove(MemberForm member);
    }

    /** The form as typed, so a refused form comes back as the secretariat left it; {@code weight} empty: derived. */
    public record MemberForm(String code, String name, String inhabitants, String weight, boolean active) {

        static MemberForm of(Member m) {
            return new MemberForm(m.code, m.name, Long.toString(m.inhabitants), m.weightExplicit ? Integer.toString(m.weight) : "", m.active);
        }
    }

    @Inject
    Viewer viewer;

    @Inject
    MemberService members;

    @Inject
    Validator validator;

    @Inject
    ErrorPages errors;

    @GET
    public TemplateInstance member(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        Member member = find(code);
        return Templates.member(member.name, member.weight, MemberForm.of(member), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@RestPath String code, @RestForm String name, @RestForm String inhabitants, @RestForm String weight,
            @RestForm String active) {
        PageAccess.require(viewer.secretariat());
        Member stored = find(code);
        MemberForm typed = new MemberForm(stored.code, text(name), text(inhabitants), text(weight), active != null);
        Messages messages = errors.messages();
        List<Problem.FieldError> unreadable = new ArrayList<>();
        Long people = number(typed.inhabitants(), "inhabitants", unreadable, messages);
        Long votes = number(typed.weight(), "weight", unreadable, messages);
        // out-of-range weights are clamped so that validation reports them as too large, not as some wrapped number
        Integer fixed = votes == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, votes));
        MemberInput input = new MemberInput(null, typed.name(), people, fixed, typed.active());
        var violations = validator.validate(input);
        if (!unreadable.isEmpty() || !violations.isEmpty()) {
            List<Problem.FieldError> fields = new ArrayList<>(unreadable);
            FormProblem invalid = FormProblem.of(violations, messages);
            // a field that is not a number is reported once, as such, not again as "must not be null"
            invalid.fields().stream().filter(f -> unreadable.stream().noneMatch(u -> u.field().equals(f.field()))).forEach(fields::add);
            return Response.status(400).entity(Templates.member(stored.name, stored.weight, typed, new FormProblem(invalid.summary(), fields))).build();
        }
        try {
            members.update(code, input);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            return Response.status(e.status()).entity(Templates.member(stored.name, stored.weight, typed, FormProblem.of(e, messages))).build();
        }
        return Response.seeOther(URI.create("/secretariat/members?saved=" + encode(code))).build();
    }

    /** Asks before removing; a GET that changes nothing. */
    @GET
    @Path("delete")
    public TemplateInstance confirmRemoval(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        return Templates.remove(MemberForm.of(find(code)));
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        MemberService.RemovalResult result;
        try {
            result = members.remove(code);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            throw e;
        }
        String how = result.removal() == MemberService.Removal.DELETED ? "deleted" : "deactivated";
        return Response.seeOther(URI.create("/secretariat/members?removed=" + encode(code) + "&how=" + how)).build();
    }

    /** The member, or the readable 404 page. */
    private Member find(String code) {
        try {
            return members.get(code);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            throw e;
        }
    }

    /** Null for an empty field; a whole number, with or without thousands dots; otherwise a field error. */
    private static Long number(String text, String field, List<Problem.FieldError> unreadable, Messages messages) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text.replace(".", ""));
        } catch (NumberFormatException e) {
            unreadable.add(new Problem.FieldError(field, messages.member_not_a_number()));
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
