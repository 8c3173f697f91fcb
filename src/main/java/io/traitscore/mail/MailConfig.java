package io.traitscore.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Mail settings (traitscore.mail.*); the SMTP connection itself is Quarkus' mailer's (quarkus.mailer.*). */
@ConfigMapping(prefix = "traitscore.mail")
public interface MailConfig {

    /** The SMTP host as configured (QUARKUS_MAILER_HOST); without one, messages are kept in the outbox. */
    Optional<String> smtpHost();

    /** The address links in messages start with, e.g. https://traitscore.example.com. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How often each instance runs the sender (a Quarkus schedule: 10s, 1m; off for none). */
    String sendEvery();

    /** How long a sender owns a claimed message; longer than one SMTP conversation may take. */
    @WithDefault("PT2M")
    Duration claimFor();

    /** Messages one run of the sender takes on. */
    @WithDefault("20")
    int batchSize();

    /** Attempts before a message is given up as failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT30S")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration longestRetryAfter();

    Reminders reminders();

    interface Reminders {
        /** How often one instance looks for reminders due (off for never). */
        String checkEvery();

        /** Time after the interview's end before the first reminder of a scorecard not yet submitted. */
        @WithDefault("PT1H")
        Duration firstAfter();

        /** Time between two reminders. */
        @WithDefault("P1D")
        Duration every();

        /** Reminders per scorecard at most. */
        @WithDefault("3")
        int maxCount();
    }

    /** A hiring manager or recruiter may nudge about one scorecard once in this time. */
    @WithDefault("PT4H")
    Duration nudgeInterval();
}
