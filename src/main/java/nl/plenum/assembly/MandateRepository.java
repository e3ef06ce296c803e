package nl.plenum.assembly;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class MandateRepository implements PanacheRepositoryBase<Mandate, Mandate.Key> {

    public List<Mandate> forAssembly(long assemblyId) {
        return find("from Mandate m join fetch m.member join fetch m.proxy where m.id.assemblyId = ?1 order by m.member.code", assemblyId).list();
    }

    /** The assembly's mandates as member code → proxy code. */
    public Map<String, String> proxiesByMember(long assemblyId) {
        return forAssembly(assemblyId).stream().collect(Collectors.toMap(m -> m.member.code, m -> m.proxy.code));
    }
}
