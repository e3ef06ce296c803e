package nl.plenum.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyStatus;

/** Which assembly the start page, the chair and the secretariat work on when nobody chose one. */
final class CurrentAssembly {

    private CurrentAssembly() {
    }

    /** The one in session (the latest, if several); else the next planned one; else the most recent. */
    static Optional<Assembly> choose(List<Assembly> assemblies) {
        Comparator<Assembly> newest = Comparator.comparing((Assembly a) -> a.date).thenComparing(a -> a.id);
        Optional<Assembly> inSession = assemblies.stream().filter(a -> a.status == AssemblyStatus.IN_SESSION).max(newest);
        if (inSession.isPresent()) {
            return inSession;
        }
        Optional<Assembly> planned = assemblies.stream().filter(a -> a.status == AssemblyStatus.PLANNED).min(newest);
        return planned.isPresent() ? planned : assemblies.stream().max(newest);
    }
}
