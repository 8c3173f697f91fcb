package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar pointed at an SMTP server on 127.0.0.1 (GreenMail): an interview scheduled while the
 * server is down stays in the outbox through a kill -9 and is delivered, once, after the restart; an
 * interview scheduled then reaches its interviewer within a minute with a valid text/calendar part.
 */
class MailIT {

    private static final String INTERVIEWER = "ichen";
    private static final String INTERVIEWER_ADDRESS = "ian.chen@example.com";

    @Test
    void invitationsSurviveACrashAndArriveWithinAMinute(@TempDir Path folder) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String before = "Before-Crash " + UUID.randomUUID().toString().substring(0, 6);
        try (PackagedApp app = withSmtp(folder, port).startReady()) {
            schedule(app, before, "2027-06-01T09:00:00Z");
            PackagedApp.sleep(8_000);
            app.kill();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (PackagedApp app = withSmtp(folder, port).startReady()) {
            String after = "After-Restart " + UUID.randomUUID().toString().substring(0, 6);
            Instant scheduled = Instant.now();
            schedule(app, after, "2027-06-02T13:30:00Z");

            MimeMessage invitation = awaitMessage(smtp, after, Duration.ofSeconds(60));
            System.out.println("[mail] the invitation arrived " + Duration.between(scheduled, Instant.now()).toMillis() + " ms after scheduling");
            ICalendar calendar = Biweekly.parse(calendarPart(invitation)).first();
            assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
            VEvent event = calendar.getEvents().get(0);
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-06-02T13:30:00Z"));
            assertThat(event.getUid().getValue()).isNotBlank();
            assertThat(event.getLocation().getValue()).isEqualTo("Room 2");

            awaitMessage(smtp, before, Duration.ofSeconds(90));
            PackagedApp.sleep(12_000);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(before)))
                    .as("the message written before the crash, delivered once").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    private static PackagedApp withSmtp(Path folder, int port) {
        return PackagedApp.in(folder).env("QUARKUS_MAILER_HOST", "127.0.0.1").env("QUARKUS_MAILER_PORT", String.valueOf(port))
                .env("QUARKUS_MAILER_FROM", "traitscore@example.org").env("TRAITSCORE_ACCESS_LOG", "false");
    }

    private static void schedule(PackagedApp app, String candidateName, String at) throws Exception {
        long opening = 0;
        for (JsonNode o : JsonApi.read(app.url(), "hmorgan", "/api/openings")) {
            if (o.get("title").asText().equals(DemoAccounts.OPENING)) {
                opening = o.get("id").asLong();
            }
        }
        long interviewer = 0;
        for (JsonNode u : JsonApi.read(app.url(), "hmorgan", "/api/users?role=INTERVIEWER")) {
            if (u.get("username").asText().equals(INTERVIEWER)) {
                interviewer = u.get("id").asLong();
            }
        }
        JsonApi.Answer candidate = JsonApi.call(app.url(), "hmorgan", "POST", "/api/openings/" + opening + "/candidates",
                Map.of("name", candidateName), Map.of());
        assertThat(candidate.status()).as(String.valueOf(candidate.body())).isEqualTo(201);
        JsonApi.Answer interview = JsonApi.call(app.url(), "hmorgan", "POST", "/api/candidates/" + candidate.id() + "/interviews",
                Map.of("interviewerId", interviewer, "scheduledAt", at, "durationMinutes", 45, "location", "Room 2"), Map.of());
        assertThat(interview.status()).as(String.valueOf(interview.body())).isEqualTo(201);
    }

    private static MimeMessage awaitMessage(GreenMail smtp, String subjectPart, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subjectOf(m).contains(subjectPart)).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            PackagedApp.sleep(250);
        }
        throw new AssertionError("no message about " + subjectPart + " within " + within);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() + " " + Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        assertThat(Arrays.toString(message.getAllRecipients())).contains(INTERVIEWER_ADDRESS);
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
