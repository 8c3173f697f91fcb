package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two jars on one PostgreSQL database, both sending the outbox every second to one SMTP server on
 * 127.0.0.1 (GreenMail in this JVM): interviews scheduled through both instances in turn are each
 * delivered exactly once, whichever instance claimed them, and every one of their outbox rows is SENT
 * after one attempt. PostgreSQL only (H2 serves one instance): CI's PostgreSQL step runs it; elsewhere
 * it is skipped.
 */
@Tag(PackagedDatabase.EVERY_DATABASE)
class TwoInstancesMailIT {

    static final int INTERVIEWS = 20;
    static final Duration ALL_DELIVERED_WITHIN = Duration.ofSeconds(60);
    /** After the last delivery both senders run a few more times: a second copy would arrive in this time. */
    static final Duration SETTLE = Duration.ofSeconds(4);

    @Test
    void twoInstancesDeliverEveryInvitationOnce(@TempDir Path first, @TempDir Path second) throws Exception {
        assumeTrue(PackagedDatabase.onPostgresql(), "two instances need PostgreSQL (TRAITSCORE_DB=postgresql); skipped on H2");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (FreshPostgresql database = FreshPostgresql.create("mail");
                PackagedApp a = instance(first, database, port);
                PackagedApp b = instance(second, database, port)) {
            a.startReady();
            b.startReady();

            String run = UUID.randomUUID().toString().substring(0, 6);
            long opening = demoOpening(a.url());
            long interviewer = interviewer(a.url(), "ichen");
            Map<Long, String> candidateByInterview = new LinkedHashMap<>();
            long scheduling = System.nanoTime();
            for (int i = 0; i < INTERVIEWS; i++) {
                String url = i % 2 == 0 ? a.url() : b.url();
                String name = String.format("Twice-%s-%02d", run, i); // two digits: no name is part of another
                candidateByInterview.put(schedule(url, opening, interviewer, name), name);
            }

            List<String> names = new ArrayList<>(candidateByInterview.values());
            awaitAll(smtp, names, ALL_DELIVERED_WITHIN);
            long delivered = System.nanoTime();
            PackagedApp.sleep(SETTLE.toMillis());

            MimeMessage[] received = smtp.getReceivedMessages();
            Map<String, Long> copiesById = Arrays.stream(received).collect(
                    Collectors.groupingBy(TwoInstancesMailIT::messageId, TreeMap::new, Collectors.counting()));
            assertThat(copiesById).as("no Message-ID received twice, among all %d messages", received.length)
                    .allSatisfy((id, copies) -> assertThat(copies).as(id).isEqualTo(1));
            for (String name : names) {
                assertThat(Arrays.stream(received).filter(m -> subjectOf(m).contains(name)))
                        .as("invitations about %s", name).hasSize(1);
            }

            Map<Long, Row> rows = invitationRows(database, candidateByInterview.keySet());
            assertThat(rows.keySet()).as("one invitation row per interview").containsExactlyInAnyOrderElementsOf(candidateByInterview.keySet());
            for (Map.Entry<Long, Row> entry : rows.entrySet()) {
                Row row = entry.getValue();
                assertThat(row.status()).as("row of interview %d", entry.getKey()).isEqualTo("SENT");
                assertThat(row.attempts()).as("attempts of interview %d", entry.getKey()).isEqualTo(1);
                assertThat(copiesById.get(row.messageId())).as("copies of %s received", row.messageId()).isEqualTo(1);
            }
            Map<String, Long> sentBy = rows.values().stream().collect(Collectors.groupingBy(Row::sender, TreeMap::new, Collectors.counting()));
            System.out.println("[two instances, mail] " + INTERVIEWS + " invitations delivered once each, the last "
                    + Duration.ofNanos(delivered - scheduling).toMillis() + " ms after the first was scheduled; "
                    + received.length + " messages received in all; sent by " + sentBy);
            assertThat(sentBy).as("both instances sent some of them (the claim was contended)").hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    private static PackagedApp instance(Path folder, FreshPostgresql database, int port) {
        return database.configure(PackagedApp.in(folder)).env("TRAITSCORE_ACCESS_LOG", "false")
                .env("QUARKUS_MAILER_HOST", "127.0.0.1").env("QUARKUS_MAILER_PORT", String.valueOf(port))
                .env("QUARKUS_MAILER_FROM", "traitscore@example.org")
                .option("traitscore.mail.send-every", "1s");
    }

    private static long demoOpening(String url) throws Exception {
        for (JsonNode o : JsonApi.read(url, "hmorgan", "/api/openings")) {
            if (o.get("title").asText().equals(DemoAccounts.OPENING)) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no opening " + DemoAccounts.OPENING);
    }

    private static long interviewer(String url, String username) throws Exception {
        for (JsonNode u : JsonApi.read(url, "hmorgan", "/api/users?role=INTERVIEWER")) {
            if (u.get("username").asText().equals(username)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no interviewer " + username);
    }

    /** A new candidate with one interview, both through {@code url}; returns the interview's id. */
    private static long schedule(String url, long opening, long interviewer, String name) throws Exception {
        JsonApi.Answer candidate = JsonApi.call(url, "hmorgan", "POST", "/api/openings/" + opening + "/candidates",
                Map.of("name", name), Map.of());
        assertThat(candidate.status()).as(String.valueOf(candidate.body())).isEqualTo(201);
        JsonApi.Answer interview = JsonApi.call(url, "hmorgan", "POST", "/api/candidates/" + candidate.id() + "/interviews",
                Map.of("interviewerId", interviewer, "scheduledAt", "2027-06-01T09:00:00Z", "durationMinutes", 45,
                        "location", "Room 2"), Map.of());
        assertThat(interview.status()).as(String.valueOf(interview.body())).isEqualTo(201);
        return interview.id();
    }

    private static void awaitAll(GreenMail smtp, List<String> names, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> missing = names;
        while (System.nanoTime() < deadline) {
            List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(TwoInstancesMailIT::subjectOf).toList();
            missing = names.stream().filter(n -> subjects.stream().noneMatch(s -> s.contains(n))).toList();
            if (missing.isEmpty()) {
                return;
            }
            PackagedApp.sleep(250);
        }
        throw new AssertionError("not delivered within " + within + ": " + missing);
    }

    record Row(String status, int attempts, String sender, String messageId) {
    }

    /** The invitation rows of these interviews, read from the shared database. */
    private static Map<Long, Row> invitationRows(FreshPostgresql database, Collection<Long> interviews) throws Exception {
        Map<Long, Row> rows = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.url(), System.getenv().getOrDefault("TRAITSCORE_DB_USER", "postgres"),
                System.getenv().getOrDefault("TRAITSCORE_DB_PASSWORD", ""));
                PreparedStatement select = connection.prepareStatement("select id, interview_id, status, attempts, claimed_by"
                        + " from outbox_message where kind = 'INTERVIEW_SCHEDULED' and interview_id = any (?)")) {
            select.setArray(1, connection.createArrayOf("bigint", interviews.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row previous = rows.put(result.getLong("interview_id"), new Row(result.getString("status"), result.getInt("attempts"),
                            result.getString("claimed_by"), "<outbox-" + result.getLong("id") + "@traitscore>"));
                    assertThat(previous).as("a second invitation row for interview %d", result.getLong("interview_id")).isNull();
                }
            }
        }
        return rows;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() + " " + Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
