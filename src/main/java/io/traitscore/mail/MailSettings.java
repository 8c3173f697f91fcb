package io.traitscore.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mailer settings the outbox needs to know: whether to send at all, and the sender address. */
@ApplicationScoped
public class MailSettings {

    private final MailConfig config;
    private final String from;

    MailSettings(MailConfig config, @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "traitscore@localhost") String from) {
        this.config = config;
        this.from = from;
    }

    /** Messages are sent only to a configured SMTP host; without one they are kept in the outbox. */
    public boolean sending() {
        return config.smtpHost().filter(host -> !host.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }
}
