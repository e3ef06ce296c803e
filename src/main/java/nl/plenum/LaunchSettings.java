package nl.plenum;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The settings Plenum needs before Quarkus runs (whether to start its own PostgreSQL), read from the
 * same sources as Quarkus reads, with the same precedence and the active profile ({@code %prod.} etc.):
 * system properties (400), environment (300), {@code .env} (295), {@code config/application.properties}
 * in the working directory (260), {@code application.properties} on the class path (250).
 */
final class LaunchSettings {

    private final SmallRyeConfig config;

    private LaunchSettings(SmallRyeConfig config) {
        this.config = config;
    }

    /** As the application started from the working directory sees them. */
    static LaunchSettings current() {
        String profile = Optional.ofNullable(System.getProperty("quarkus.profile"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_PROFILE")))
                .orElse(LaunchMode.current().getDefaultProfile());
        return of(Path.of(System.getProperty("user.dir")), profile);
    }

    static LaunchSettings of(Path workingDir, String profile) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<ConfigSource> sources = new ArrayList<>();
        try {
            Path dotEnv = workingDir.resolve(".env");
            if (Files.isRegularFile(dotEnv)) {
                sources.addAll(DotEnvConfigSourceProvider.dotEnvSources(dotEnv.toUri().toString(), loader));
            }
            Path file = workingDir.resolve("config/application.properties");
            if (Files.isRegularFile(file)) {
                sources.add(new PropertiesConfigSource(file.toUri().toURL(), 260));
            }
            for (URL url : Collections.list(loader.getResources("application.properties"))) {
                sources.add(new PropertiesConfigSource(url, 250));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the configuration", e);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultInterceptors()
                .addDefaultSources()
                .withSources(sources.toArray(ConfigSource[]::new))
                .withProfile(profile)
                .build();
        return new LaunchSettings(config);
    }

    Optional<String> get(String name) {
        try {
            return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
        } catch (java.util.NoSuchElementException e) {
            // an expression such as ${PLENUM_DB_URL} without a value: not set
            return Optional.empty();
        }
    }

    /** No JDBC URL anywhere: Plenum starts its own PostgreSQL. */
    boolean wantsEmbeddedDatabase() {
        return get("quarkus.datasource.jdbc.url").isEmpty();
    }
}
