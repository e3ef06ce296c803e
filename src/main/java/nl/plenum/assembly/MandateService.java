package nl.plenum.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.Member;
import nl.plenum.member.MemberRepository;

/** Mandates per assembly. Every change locks the assembly row, so the chain rule holds under concurrency too. */
@ApplicationScoped
public class MandateService {

    public record Change(Mandate mandate, boolean created) {
    }

    @Inject
    AssemblyRepository assemblies;

    @Inject
    MandateRepository mandates;

    @Inject
    MemberRepository members;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Mandate> list(long assemblyId) {
        assemblies.require(assemblyId);
        return mandates.forAssembly(assemblyId);
    }

    @Transactional
    public Change set(long assemblyId, String memberCode, String proxyCode) {
        Assembly assembly = changeable(assemblyId);
        Member member = members.findByCode(memberCode).orElseThrow(() -> DomainException.notFound("Member", memberCode));
        String proxyText = proxyCode.strip();
        Member proxy = members.findByCode(proxyText)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("proxy", "unknown-member", "member " + proxyText + " does not exist", proxyText))));
        if (member.id.equals(proxy.id)) {
            throw DomainException.invalid(List.of(FieldError.of("proxy", "own-proxy", "a member cannot be its own proxy")));
        }
        if (!member.active || !proxy.active) {
            throw DomainException.conflict("member-inactive",
                    (member.active ? proxy.code : member.code) + " is deactivated and cannot take part in a mandate");
        }
        MandateRules.chainRefusal(member.code, proxy.code, mandates.proxiesByMember(assembly.id)).ifPresent(reason -> {
            throw DomainException.conflict("mandate-chain", reason);
        });
        Mandate mandate = mandates.findById(new Mandate.Key(assembly.id, member.id));
        boolean created = mandate == null;
        String previous = created ? null : mandate.proxy.code;
        if (created) {
            mandate = new Mandate();
            mandate.id = new Mandate.Key(assembly.id, member.id);
            mandate.member = member;
            mandate.proxy = proxy;
            mandates.persist(mandate);
        } else if (!mandate.proxy.id.equals(proxy.id)) {
            mandate.member = member; // the loaded instance, so the view can be built after commit
            mandate.proxy = proxy;
        } else {
            mandate.member = member;
            return new Change(mandate, false);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("assemblyId", assembly.id);
        payload.put("member", member.code);
        payload.put("proxy", proxy.code);
        if (previous != null) {
            payload.put("previousProxy", previous);
        }
        audit.append("MANDATE_SET", null, payload);
        return new Change(mandate, created);
    }

    @Transactional
    public void remove(long assemblyId, String memberCode) {
        Assembly assembly = changeable(assemblyId);
        Member member = members.findByCode(memberCode).orElseThrow(() -> DomainException.notFound("Member", memberCode));
        Mandate mandate = mandates.findById(new Mandate.Key(assembly.id, member.id));
        if (mandate == null) {
            throw DomainException.notFound("Mandate of member", memberCode);
        }
        mandates.delete(mandate);
        audit.append("MANDATE_REMOVED", null, Map.of("assemblyId", assembly.id, "member", member.code, "proxy", mandate.proxy.code));
    }

    /** A closed assembly's mandates are history: they say who voted for whom. */
    private Assembly changeable(long assemblyId) {
        Assembly assembly = assemblies.lockForChange(assemblyId);
        if (assembly.status == AssemblyStatus.CLOSED) {
            throw DomainException.conflict("assembly-closed", "Assembly " + assemblyId + " is closed; its mandates cannot change");
        }
        return assembly;
    }
}
