package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyStatus;
import org.junit.jupiter.api.Test;

class CurrentAssemblyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static long ids;

    static Assembly assembly(String date, AssemblyStatus status) {
        Assembly a = new Assembly();
        a.id = ++ids;
        a.title = status + " " + date;
        a.date = LocalDate.parse(date);
        a.status = status;
        return a;
    }

    static String current(Assembly... assemblies) {
        return CurrentAssembly.choose(List.of(assemblies), TODAY).map(a -> a.title).orElse(null);
    }

    @Test
    void aPastDatedPlannedAssemblyDoesNotTakeOverFromTheNextUpcoming() {
        assertEquals("PLANNED 2027-06-01", current(assembly("2026-01-15", AssemblyStatus.PLANNED), assembly("2027-06-01", AssemblyStatus.PLANNED)));
    }

    @Test
    void aPastDatedPlannedAssemblyDoesNotTakeOverFromTheLastClosedOne() {
        assertEquals("CLOSED 2026-11-01", current(assembly("2026-01-15", AssemblyStatus.PLANNED), assembly("2026-11-01", AssemblyStatus.CLOSED)));
    }

    @Test
    void inSessionComesFirstThenTheNearestUpcomingIncludingToday() {
        assertEquals("IN_SESSION 2026-01-15", current(assembly("2026-12-10", AssemblyStatus.PLANNED), assembly("2026-01-15", AssemblyStatus.IN_SESSION)));
        assertEquals("PLANNED 2026-12-10", current(assembly("2027-06-01", AssemblyStatus.PLANNED), assembly("2026-12-10", AssemblyStatus.PLANNED),
                assembly("2026-11-01", AssemblyStatus.CLOSED)));
    }

    @Test
    void noAssemblyNoCurrent() {
        assertEquals(null, current());
    }
}
