package nl.plenum.assembly;

import java.time.LocalDate;

public record AssemblyView(long id, String title, LocalDate date, AssemblyStatus status) {

    static AssemblyView of(Assembly assembly) {
        return new AssemblyView(assembly.id, assembly.title, assembly.date, assembly.status);
    }
}
