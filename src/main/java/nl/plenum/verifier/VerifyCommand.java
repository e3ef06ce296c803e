package nl.plenum.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code ./plenum verify FILE-OR-URL [--fingerprint HEX]}: checks an evidence bundle and prints a report.
 * Exit 0 when everything holds, 1 when something does not, 2 on bad usage or an unreadable bundle.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--fingerprint"))) {
            out.println("usage: ./plenum verify FILE-OR-URL [--fingerprint SHA256-OF-THE-KEY-ON-THE-RESULTS-PAGE]");
            return 2;
        }
        JsonNode bundle;
        try (InputStream in = open(args[0])) {
            bundle = new ObjectMapper().readTree(in);
        } catch (Exception e) {
            out.println("Could not read the evidence bundle " + args[0] + ": " + e.getMessage());
            return 2;
        }
        EvidenceVerifier.Report report = EvidenceVerifier.verify(bundle, Optional.ofNullable(args.length == 3 ? args[2] : null));
        JsonNode ballot = bundle.path("ballot");
        out.println("Plenum evidence check — " + bundle.path("association").asText() + ", ballot " + ballot.path("id").asText()
                + ": " + ballot.path("question").asText());
        for (EvidenceVerifier.Finding finding : report.findings()) {
            out.println((finding.holds() ? "  ok    " : "  FOUT  ") + finding.what());
        }
        if (!report.publishedHead().isEmpty()) {
            out.println("Published head: " + report.publishedHead());
        }
        if (report.valid()) {
            out.println("Result: " + report.result() + ". Everything checks out.");
            return 0;
        }
        out.println("NOT VERIFIED: " + report.findings().stream().filter(f -> !f.holds()).count() + " check(s) failed"
                + (report.result().isEmpty() ? "." : "; the recount says: " + report.result() + "."));
        return 1;
    }

    private static InputStream open(String source) throws Exception {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(source)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response.body();
        }
        return Files.newInputStream(Path.of(source));
    }
}
