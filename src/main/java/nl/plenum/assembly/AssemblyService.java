package nl.plenum.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class AssemblyService {

    @Inject
    AssemblyRepository assemblies;

    @Transactional
    public List<Assembly> list() {
        return assemblies.listNewestFirst();
    }

    @Transactional
    public Assembly get(long id) {
        return assemblies.require(id);
    }

    @Transactional
    public Assembly create(AssemblyInput input) {
        Assembly assembly = new Assembly();
        apply(assembly, input);
        assemblies.persistAndFlush(assembly);
        return assembly;
    }

    /** The secretariat may set any status, also back, to correct a mistake. */
    @Transactional
    public Assembly update(long id, AssemblyInput input) {
        Assembly assembly = assemblies.require(id);
        apply(assembly, input);
        return assembly;
    }

    private static void apply(Assembly assembly, AssemblyInput input) {
        assembly.title = input.title().strip();
        assembly.date = input.date();
        if (input.status() != null) {
            assembly.status = input.status();
        }
    }
}
