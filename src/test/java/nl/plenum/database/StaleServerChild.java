package nl.plenum.database;

import java.nio.file.Path;

/** Runs in a separate JVM that the test kills hard, leaving its PostgreSQL behind. */
public final class StaleServerChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]), false);
        System.out.println("READY " + database.port());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
