package io.traitscore.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Runs the sender every few seconds on every instance: no lease is needed, since each message is claimed
 * on its own (several instances share the work and never send a message twice at once).
 */
@ApplicationScoped
class OutboxSendJob {

    private final OutboxSender sender;

    OutboxSendJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(every = "{traitscore.mail.send-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        sender.sendDue(Instant.now());
    }
}
