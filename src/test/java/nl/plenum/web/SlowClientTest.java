package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that trickles its request header, one line every few seconds, must not hold a
 * connection: the idle timeout closes it. (The timeout is short here so the test is short.)
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
class SlowClientTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "3S");
        }
    }

    private static final int TRICKLE_MILLIS = 4_000;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aClientTricklingItsHeaderIsDisconnected() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + base.getHost() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(TRICKLE_MILLIS);
            for (int line = 0; line < 10; line++) {
                try {
                    // Waiting for the server to answer or hang up, up to the next trickle.
                    assertEquals(-1, in.read(), "the server answered a request whose header never ended");
                    return;
                } catch (SocketTimeoutException stillOpen) {
                    try {
                        out.write(("X-Slow-" + line + ": still typing\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (java.io.IOException closed) {
                        return; // the server closed it between two lines
                    }
                }
            }
            fail("still connected after 10 header lines, one every " + TRICKLE_MILLIS + " ms");
        }
    }

    @Test
    void anOrdinaryRequestIsAnswered() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /toegankelijkheid HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", answer);
        }
    }
}
