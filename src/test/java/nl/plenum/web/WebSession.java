package nl.plenum.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.plenum.TestLoginProvider;

/**
 * A browser's session at HTTP level, without a browser: the real code flow through the test login
 * provider's form, a cookie jar per host (Java's own jar drops Secure cookies on http://localhost, which
 * browsers keep), redirects followed by hand. For tests that read many pages as several roles.
 */
final class WebSession {

    /** The page a request ended on, after redirects. */
    record Page(int status, String contentType, String body, URI uri) {
    }

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();
    private final URI app;

    private WebSession(URI app) {
        this.app = app;
    }

    static WebSession anonymous(URI app) {
        return new WebSession(app);
    }

    /** Logs in as one of the test provider's accounts (e.g. {@code voorzitter}) through its login form. */
    static WebSession login(URI app, String user) {
        WebSession session = new WebSession(app);
        Page form = session.get("/login");
        Matcher action = FORM_ACTION.matcher(form.body());
        if (form.status() != 200 || !action.find()) {
            throw new AssertionError("no login form at the provider: " + form.status() + " " + form.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("username", user);
        fields.put("password", TestLoginProvider.PASSWORD);
        Page landed = session.send(HttpRequest.newBuilder(URI.create(action.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
        if (landed.status() >= 400 || !session.hasCookie("q_session")) {
            throw new AssertionError(user + " could not log in: " + landed.status() + " " + landed.uri());
        }
        return session;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).GET());
    }

    /** Posts a page's form with the CSRF token the page at {@code formPage} carries. */
    Page postForm(String formPage, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token.find()) {
            all.put("csrf-token", token.group(1));
        }
        return send(HttpRequest.newBuilder(app.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
    }

    /** The first {@code events} Server-Sent Events of a stream (or fewer when it ends or {@code wait} passes); the status first. */
    List<String> events(String path, int events, Duration wait) throws Exception {
        HttpRequest request = withCookies(HttpRequest.newBuilder(app.resolve(path)).header("Accept", "text/event-stream").GET()).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        List<String> read = new ArrayList<>();
        read.add(String.valueOf(response.statusCode()));
        try (InputStream body = response.body()) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line; read.size() <= events && (line = lines.readLine()) != null;) {
                        if (line.startsWith("data:")) {
                            synchronized (read) {
                                read.add(line.substring(5).trim());
                            }
                        }
                    }
                } catch (IOException e) {
                    // the stream was closed below, or ended
                }
            });
            try {
                reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // fewer events than asked for: the caller judges
            }
        }
        synchronized (read) {
            return List.copyOf(read);
        }
    }

    boolean hasCookie(String prefix) {
        return cookies.values().stream().anyMatch(jar -> jar.keySet().stream().anyMatch(name -> name.startsWith(prefix)));
    }

    private Page send(HttpRequest.Builder first) {
        try {
            HttpRequest request = withCookies(first).build();
            for (int hop = 0; hop < 10; hop++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                keepCookies(response);
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse(null);
                if (status < 300 || status >= 400 || location == null) {
                    return new Page(status, response.headers().firstValue("Content-Type").orElse(""), response.body(), request.uri());
                }
                request = withCookies(HttpRequest.newBuilder(request.uri().resolve(location)).GET()).build();
            }
            throw new AssertionError("more than 10 redirects from " + first.build().uri());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
        Map<String, String> jar = cookies.getOrDefault(authority(builder.build().uri()), Map.of());
        if (!jar.isEmpty()) {
            builder.setHeader("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private void keepCookies(HttpResponse<?> response) {
        Map<String, String> jar = cookies.computeIfAbsent(authority(response.uri()), a -> new LinkedHashMap<>());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static String authority(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
