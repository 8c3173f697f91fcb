package io.traitscore.mail;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What reaches a real SMTP server (GreenMail, in this JVM): invitations with their parsed iCalendar part,
 * updates and cancellations of the same event, reminders on their schedule, nudges, the debrief notice,
 * retries after the server was down, and each message once although several senders run at once.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class MailDeliveryTest {

    static final String TRAIT = "adapts-easily";
    static GreenMail smtp;

    @Inject
    OutboxSender sender;

    @Inject
    ScorecardReminders reminders;

    @Inject
    Outbox outbox;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SmtpProfile.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    record Panel(UserAccount manager, UserAccount interviewer, UserAccount colleague, long opening, long candidate) {
    }

    static Panel panel() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount interviewer = Fixtures.user(Role.INTERVIEWER);
        UserAccount colleague = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)),
                List.of(Fixtures.seat(interviewer, TRAIT), Fixtures.seat(colleague, TRAIT)));
        return new Panel(manager, interviewer, colleague, opening, Fixtures.createCandidate(manager, opening));
    }

    static long schedule(Panel panel, UserAccount interviewer, String at, String location) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("interviewerId", interviewer.id, "scheduledAt", at,
                "durationMinutes", 45, "focusTraits", List.of(TRAIT)));
        body.put("location", location);
        return as(panel.manager()).body(body).post("/api/candidates/{id}/interviews", panel.candidate())
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anInterviewerGetsAnInvitationThenAnUpdateOfTheSameEventThenItsCancellation() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2027-01-15T09:30:00Z", "Room 4, Main Street; 2nd floor");
        sender.sendDue(Instant.now());

        List<ReceivedMail> received = ReceivedMail.to(smtp, panel.interviewer().email);
        assertThat(received).hasSize(1);
        ReceivedMail invitation = received.get(0);
        assertThat(invitation.subject()).startsWith("Interview with ");
        assertThat(invitation.header("From")).contains("traitscore@example.org");
        ReceivedMail.Calendar calendar = invitation.calendar();
        assertThat(calendar.contentType()).contains("method=REQUEST");
        assertThat(calendar.raw()).contains("\r\nDTSTART:20270115T093000Z\r\n").doesNotContain("\n\n");
        VEvent event = onlyEvent(calendar.parsed(), "REQUEST");
        String uid = event.getUid().getValue();
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-15T09:30:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-15T10:15:00Z"));
        assertThat(event.getLocation().getValue()).isEqualTo("Room 4, Main Street; 2nd floor");
        assertThat(invitation.part("text/plain").map(ReceivedMail::read).orElseThrow())
                .contains("https://traitscore.example.org/interviews/" + interview + "/kit");
        assertThat(invitation.part("text/html").map(ReceivedMail::read).orElseThrow())
                .contains("href=\"https://traitscore.example.org/interviews/" + interview + "/kit\"");

        as(panel.manager()).body(Map.of("scheduledAt", "2027-01-16T14:00:00Z", "reason", "The candidate asked",
                        "location", "https://meet.example.org/abc-defg-hij", "confirm", true))
                .post("/api/interviews/{id}/reschedule", interview).then().statusCode(200);
        as(panel.manager()).queryParam("reason", "Position filled").delete("/api/interviews/{id}", interview)
                .then().statusCode(204);
        sender.sendDue(Instant.now());

        received = ReceivedMail.to(smtp, panel.interviewer().email);
        assertThat(received).hasSize(3);
        VEvent moved = onlyEvent(received.get(1).calendar().parsed(), "REQUEST");
        assertThat(moved.getUid().getValue()).isEqualTo(uid);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-16T14:00:00Z"));
        assertThat(moved.getLocation().getValue()).isEqualTo("https://meet.example.org/abc-defg-hij");
        ReceivedMail.Calendar cancellation = received.get(2).calendar();
        assertThat(cancellation.contentType()).contains("method=CANCEL");
        VEvent cancelled = onlyEvent(cancellation.parsed(), "CANCEL");
        assertThat(cancelled.getUid().getValue()).isEqualTo(uid);
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(received.get(2).subject()).startsWith("Cancelled: ");
    }

    @Test
    void aRescheduleThatChangesNeitherTimeNorPlaceSendsNothing() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2027-02-01T09:00:00Z", "Room 1");
        as(panel.manager()).body(Map.of("scheduledAt", "2027-02-01T09:00:00Z", "reason", "Same", "location", "Room 1",
                "confirm", true)).post("/api/interviews/{id}/reschedule", interview).then().statusCode(200);
        assertThat(messagesAbout(interview)).extracting(m -> m.kind).containsExactly(MessageKind.INTERVIEW_SCHEDULED);
    }

    @Test
    void remindersFollowTheScheduleAndStopAtSubmission() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2026-10-05T10:00:00Z", null);
        Instant ended = Instant.parse("2026-10-05T10:45:00Z");

        reminders.remind(ended.plusSeconds(59 * 60));
        assertThat(reminderCount(interview)).as("before the first hour after the end").isZero();
        reminders.remind(ended.plusSeconds(61 * 60));
        reminders.remind(ended.plusSeconds(62 * 60));
        assertThat(reminderCount(interview)).as("one, however often the job runs").isEqualTo(1);
        reminders.remind(ended.plusSeconds(61 * 60 + 23 * 3600));
        assertThat(reminderCount(interview)).as("daily: not yet").isEqualTo(1);
        sender.sendDue(Instant.now());
        // The job runs a day after the first reminder was written (which was now, in real time).
        reminders.remind(Instant.now().plusSeconds(24 * 3600 + 60));
        assertThat(reminderCount(interview)).isEqualTo(2);

        Fixtures.submitScorecard(panel.interviewer(), interview, "YES", List.of(Fixtures.rating(TRAIT, 3, null)));
        assertThat(messagesAbout(interview)).filteredOn(m -> m.kind == MessageKind.SCORECARD_REMINDER)
                .extracting(m -> m.status).containsExactly(OutboxStatus.SENT, OutboxStatus.WITHDRAWN);
        reminders.remind(Instant.now().plusSeconds(10 * 24 * 3600));
        assertThat(reminderCount(interview)).as("none after submission").isEqualTo(2);
        sender.sendDue(Instant.now());
        assertThat(ReceivedMail.to(smtp, panel.interviewer().email)).extracting(ReceivedMail::subject)
                .filteredOn(s -> s.startsWith("Reminder")).hasSize(1);
    }

    @Test
    void remindersStopAtTheConfiguredNumber() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2026-09-01T10:00:00Z", null);
        for (int day = 1; day <= 6; day++) {
            reminders.remind(Instant.now().plusSeconds(day * 24 * 3600L + 60));
        }
        assertThat(reminderCount(interview)).isEqualTo(3);
    }

    @Test
    void aNudgeReachesTheInterviewerOnceInFourHours() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2026-11-02T10:00:00Z", null);

        as(panel.manager()).post("/api/interviews/{id}/nudge", interview).then().statusCode(202);
        var refused = as(panel.manager()).post("/api/interviews/{id}/nudge", interview).then().statusCode(429)
                .contentType("application/problem+json").extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(4 * 3600L - 60, 4 * 3600L);
        assertThat(refused.jsonPath().getString("detail")).contains("nudged");
        sender.sendDue(Instant.now());

        List<ReceivedMail> nudges = ReceivedMail.to(smtp, panel.interviewer().email).stream()
                .filter(m -> m.subject().startsWith("Waiting for your scorecard")).toList();
        assertThat(nudges).hasSize(1);
        assertThat(nudges.get(0).allText()).contains(panel.manager().displayName)
                .contains("https://traitscore.example.org/interviews/" + interview + "/scorecard");

        long future = schedule(panel, panel.colleague(), "2027-03-01T10:00:00Z", null);
        as(panel.manager()).post("/api/interviews/{id}/nudge", future).then().statusCode(409);
    }

    @Test
    void theHiringManagerHearsWhenEveryScorecardIsInWithoutWhatTheySay() {
        Panel panel = panel();
        long first = schedule(panel, panel.interviewer(), "2026-11-10T10:00:00Z", null);
        long second = schedule(panel, panel.colleague(), "2026-11-10T11:00:00Z", null);
        String evidence = "Calmed-the-angry-caller-" + Fixtures.unique("e");
        Fixtures.submitScorecard(panel.interviewer(), first, "STRONG_YES", List.of(Fixtures.rating(TRAIT, 5, evidence)));
        sender.sendDue(Instant.now());
        assertThat(ReceivedMail.to(smtp, panel.manager().email)).as("one scorecard still out").isEmpty();

        Fixtures.submitScorecard(panel.colleague(), second, "NO", List.of(Fixtures.rating(TRAIT, 2, evidence)));
        sender.sendDue(Instant.now());

        List<ReceivedMail> toManager = ReceivedMail.to(smtp, panel.manager().email);
        assertThat(toManager).hasSize(1);
        assertThat(toManager.get(0).subject()).startsWith("Ready for debrief: ");
        String text = toManager.get(0).allText();
        assertThat(text).contains("/candidates/" + panel.candidate() + "/debrief").contains("/mail/unsubscribe/");
        assertThat(Arrays_allMail()).allSatisfy(m -> assertThat(m.allText())
                .doesNotContain(evidence).doesNotContain("STRONG_YES").doesNotContainIgnoringCase("strong yes"));
    }

    @Test
    void aManagerWhoTurnedOptionalMessagesOffGetsNoDebriefNoticeButStillTheirInvitations() {
        Panel panel = panel();
        QuarkusTransaction.requiringNew().run(() -> {
            MailPreference off = new MailPreference();
            off.userId = panel.manager().id;
            off.optionalOff = true;
            off.persist();
        });
        long own = schedule(panel, panel.manager(), "2026-11-12T10:00:00Z", null);
        Fixtures.submitScorecard(panel.manager(), own, "YES", List.of(Fixtures.rating(TRAIT, 3, null)));
        sender.sendDue(Instant.now());
        assertThat(ReceivedMail.to(smtp, panel.manager().email)).extracting(ReceivedMail::subject)
                .singleElement().asString().startsWith("Interview with ");
    }

    @Test
    void aFailedAttemptIsRetriedAfterItsBackOffAndGivenUpAfterTheLastAttempt() {
        Panel panel = panel();
        smtp.stop();
        long interview;
        Instant now;
        try {
            interview = schedule(panel, panel.interviewer(), "2027-04-01T10:00:00Z", null);
            now = Instant.now();
            sender.sendDue(now);
            OutboxMessage failed = messagesAbout(interview).get(0);
            assertThat(failed.status).isEqualTo(OutboxStatus.PENDING);
            assertThat(failed.attempts).isEqualTo(1);
            assertThat(failed.lastError).isNotBlank();
            // The database keeps microseconds.
            assertThat(failed.nextAttemptAt).isAfterOrEqualTo(now.plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                    .isBefore(now.plusSeconds(31));
            sender.sendDue(now.plusSeconds(10));
            assertThat(messagesAbout(interview).get(0).attempts).as("not due before its back-off").isEqualTo(1);
        } finally {
            startSmtp();
        }
        sender.sendDue(now.plusSeconds(31));
        OutboxMessage sent = messagesAbout(interview).get(0);
        assertThat(sent.status).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts).isEqualTo(2);
        assertThat(ReceivedMail.to(smtp, panel.interviewer().email)).hasSize(1);
        assertThat(ReceivedMail.to(smtp, panel.interviewer().email).get(0).header("Message-ID")).isEqualTo(sent.messageId());

        long doomed = schedule(panel, panel.colleague(), "2027-04-02T10:00:00Z", null);
        smtp.stop();
        try {
            Instant later = Instant.now();
            for (int attempt = 0; attempt < SmtpProfile.MAX_ATTEMPTS + 1; attempt++) {
                later = later.plusSeconds(3600);
                sender.sendDue(later);
            }
        } finally {
            startSmtp();
        }
        OutboxMessage given = messagesAbout(doomed).get(0);
        assertThat(given.status).isEqualTo(OutboxStatus.FAILED);
        assertThat(given.attempts).isEqualTo(SmtpProfile.MAX_ATTEMPTS);
        sender.sendDue(Instant.now().plusSeconds(10 * 3600));
        assertThat(ReceivedMail.to(smtp, panel.colleague().email)).isEmpty();
        String page = io.traitscore.web.WebSession.loginAs(Fixtures.user(Role.ADMIN)).get("/outbox").body().asString();
        assertThat(page).contains("message-" + given.id).contains("failed").contains(given.lastError.substring(0, 20));
    }

    @Test
    void erasingACandidateEmptiesTheMessagesAboutThemAndWithdrawsThoseNotSent() {
        Panel panel = panel();
        long interview = schedule(panel, panel.interviewer(), "2027-05-01T10:00:00Z", "Room 9");
        // A cancelled interview's messages (invitation and cancellation) name the candidate just the same.
        long cancelled = schedule(panel, panel.colleague(), "2027-05-02T10:00:00Z", "Room 10");
        as(panel.manager()).queryParam("reason", "Panel changed").delete("/api/interviews/{id}", cancelled).then().statusCode(204);
        assertThat(messagesAbout(cancelled)).hasSize(2);
        // The candidate's personal-data export lists the messages that name them, the cancelled interview's too.
        var personal = as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/personal-data", panel.candidate()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(personal.getList("messages.recipient", String.class)).containsExactly(panel.interviewer().email,
                panel.colleague().email, panel.colleague().email);
        assertThat(personal.getList("messages.subject", String.class)).allSatisfy(s -> assertThat(s).containsIgnoringCase("interview with"));
        as(Fixtures.user(Role.ADMIN)).queryParam("reason", "Asked to be forgotten")
                .delete("/api/candidates/{id}/personal-data", panel.candidate()).then().statusCode(200);
        OutboxMessage erased = messagesAbout(interview).get(0);
        assertThat(erased.status).isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(erased.subject).isEqualTo(ErasedCandidateMessages.ERASED);
        assertThat(erased.textBody + erased.htmlBody).isEmpty();
        assertThat(erased.calendar).isNull();
        assertThat(messagesAbout(cancelled)).allSatisfy(m -> {
            assertThat(m.status).isEqualTo(OutboxStatus.WITHDRAWN);
            assertThat(m.subject).isEqualTo(ErasedCandidateMessages.ERASED);
            assertThat(m.textBody + m.htmlBody).isEmpty();
            assertThat(m.calendar).isNull();
        });
    }

    @Test
    void timesInAMessageAreInTheRecipientsOwnTimeZone() {
        Panel panel = panel();
        QuarkusTransaction.requiringNew().run(() -> UserAccount.update("timeZone = ?1 where id = ?2", "America/New_York",
                panel.interviewer().id));
        long interview = schedule(panel, panel.interviewer(), "2027-01-15T14:30:00Z", "Room 4");
        OutboxMessage invitation = messagesAbout(interview).get(0);
        // 14:30 UTC is 09:30 in New York in January (EST, UTC-5), whatever zone the scheduler or the server uses.
        assertThat(invitation.subject).endsWith("Fri 15 Jan 2027, 09:30 EST");
        assertThat(invitation.textBody).contains("09:30 EST (America/New_York)");
    }

    @Test
    void severalSendersAtOnceSendEachMessageOnce() throws Exception {
        // Messages other tests left waiting would take places in the senders' batches: send them first.
        while (sender.sendDue(Instant.now()) > 0) {
        }
        UserAccount interviewer = Fixtures.user(Role.INTERVIEWER);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 12; i++) {
                outbox.put(MessageKind.SCORECARD_NUDGE, interviewer, "Message " + i,
                        new Letter(interviewer.displayName, List.of("Number " + i), List.of(), null), null, null, null);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(() -> sender.sendDue(Instant.now()));
            }
            int total = 0;
            for (Future<Integer> sent : pool.invokeAll(senders)) {
                total += sent.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(12);
        } finally {
            pool.shutdown();
        }
        assertThat(ReceivedMail.to(smtp, interviewer.email)).extracting(ReceivedMail::subject).hasSize(12).doesNotHaveDuplicates();
        long unsent = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "recipientId = ?1 and (status <> ?2 or attempts <> 1)", interviewer.id, OutboxStatus.SENT));
        assertThat(unsent).isZero();
    }

    private static List<ReceivedMail> Arrays_allMail() {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::new).toList();
    }

    private static VEvent onlyEvent(ICalendar calendar, String method) {
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().get(0);
    }

    private static List<OutboxMessage> messagesAbout(long interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.list("interviewId = ?1 order by id", interviewId));
    }

    private static long reminderCount(long interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("interviewId = ?1 and kind = ?2",
                interviewId, MessageKind.SCORECARD_REMINDER));
    }
}
