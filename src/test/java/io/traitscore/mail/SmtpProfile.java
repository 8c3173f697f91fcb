package io.traitscore.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** The application with an SMTP server configured: GreenMail on a free port of 127.0.0.1, started by the test. */
public class SmtpProfile implements QuarkusTestProfile {

    static final int PORT = freePort();
    static final int MAX_ATTEMPTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("traitscore.mail.smtp-host", "127.0.0.1",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(PORT),
                "quarkus.mailer.from", "traitscore@example.org",
                "traitscore.mail.base-url", "https://traitscore.example.org",
                "traitscore.mail.max-attempts", String.valueOf(MAX_ATTEMPTS));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
