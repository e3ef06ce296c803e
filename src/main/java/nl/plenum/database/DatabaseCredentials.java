package nl.plenum.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles, generated once and kept in a file only its
 * owner can read (mode 0600): the superuser (for the operator), the owner (migrations), the app.
 */
public record DatabaseCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(password(), password(), password());
    }

    static DatabaseCredentials read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return new DatabaseCredentials(p.getProperty("superuser"), p.getProperty("owner"), p.getProperty("app"));
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser", superuserPassword);
        p.setProperty("owner", ownerPassword);
        p.setProperty("app", appPassword);
        Files.deleteIfExists(file);
        // Created with 0600, never readable by others for a moment.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            p.store(out, "Plenum embedded PostgreSQL passwords (scram-sha-256). Keep this file private.");
        }
    }

    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
