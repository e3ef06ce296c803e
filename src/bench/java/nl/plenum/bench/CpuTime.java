package nl.plenum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by a process and its children, read from /proc. On a shared machine throughput
 * depends on what else runs; CPU time per vote does much less, so the benchmark reports both.
 */
final class CpuTime {

    private CpuTime() {
    }

    /** User + system time of the process and all its live descendants, in milliseconds. */
    static long millis(long pid) {
        return ProcessHandle.of(pid).map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToLong(h -> own(h.pid())).sum()).orElse(0L);
    }

    /** The postmaster of a PostgreSQL data directory, from its postmaster.pid. */
    static long postmaster(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    /** User + system time of the process alone (the benchmark's own JVM has Plenum as a child). */
    static long own(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime + stime in ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
