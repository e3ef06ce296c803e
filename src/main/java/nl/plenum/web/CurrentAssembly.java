package nl.plenum.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyStatus;

/** Which assembly the start page, the chair and the secretariat work on when nobody chose one. */
final class CurrentAssembly {

    private CurrentAssembly() {
    }

    /**
     * The one in session (the latest, if several); else the next upcoming planned one (today or later);
     * else the most recent one. A planned assembly whose date has passed is not "next": it is only
     * current when nothing is more recent.
     */
    static Optional<Assembly> choose(List<Assembly> assemblies, LocalDate today) {
        Comparator<Assembly> newest = Comparator.comparing((Assembly a) -> a.date).thenComparing(a -> a.id);
        Optional<Assembly> inSession = assemblies.stream().filter(a -> a.status == AssemblyStatus.IN_SESSION).max(newest);
        if (inSession.isPresent()) {
            return inSession;
        }
        Optional<Assembly> upcoming = assemblies.stream()
                .filter(a -> a.status == AssemblyStatus.PLANNED && !a.date.isBefore(today)).min(newest);
        return upcoming.isPresent() ? upcoming : assemblies.stream().max(newest);
    }
}
