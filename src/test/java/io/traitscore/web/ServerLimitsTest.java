package io.traitscore.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 9: the two refusals that Vert.x and Quarkus REST make before any application code can
 * answer, and that therefore keep the server's empty body (RequestLimits answers the others with a problem):
 * a request line beyond quarkus.http.limits.max-initial-line-length (64 K), and a chunked body, which has no
 * Content-Length to check up front, once it grows past max-body-size. Both are still refused with the right
 * status, never a 5xx, and the connection is closed. Sent over a raw socket: the server answers while the
 * client is still sending.
 */
@QuarkusTest
class ServerLimitsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAddressBeyondWhatVertxReadsIsRefusedWith414() throws Exception {
        List<String> response = exchange("GET /api/audit?entityId=" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                null);
        // HTTP/1.0: the request line could not be read, so neither could its version.
        assertThat(response.get(0)).matches("HTTP/1\\.[01] 414 .*");
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedWith413() throws Exception {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        String credentials = Base64.getEncoder().encodeToString((manager.username + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String head = "POST /api/openings HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        List<String> response = exchange(head, out -> {
            byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            out.write("1\r\n{\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 11 * 64; i++) { // 11 MB in 16 KB chunks: past the 10 MB limit
                out.write(chunk);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(response.get(0)).matches("HTTP/1\\.[01] 413 .*");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Sends the head and (on another thread, ignoring a connection the server closed) the body; the response's head. */
    private List<String> exchange(String head, Body body) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread sender = null;
            if (body != null) {
                sender = new Thread(() -> {
                    try {
                        body.write(out);
                        out.flush();
                    } catch (IOException closedByTheServer) {
                        // Expected: the server refuses and closes while we are still sending.
                    }
                });
                sender.start();
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            if (sender != null) {
                socket.shutdownOutput();
                sender.join(10_000);
            }
            assertThat(lines).as("a response").isNotEmpty();
            return lines;
        }
    }
}
