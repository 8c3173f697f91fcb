package io.traitscore.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message in the outbox, written in the transaction of the change that causes it. Its state moves only
 * through {@link OutboxSender}'s conditional updates (claim, sent, failed attempt), never by saving the entity.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntity {

    public static final int MAX_ERROR_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MessageKind kind;

    /** The user it is for (null for an address that belongs to nobody). */
    @Column(name = "recipient_id")
    public Long recipientId;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(name = "text_body", nullable = false, length = 20000)
    public String textBody;

    @Column(name = "html_body", nullable = false, length = 40000)
    public String htmlBody;

    /** An iCalendar object (RFC 5545) sent as a text/calendar part, or null. */
    @Column(length = 20000)
    public String calendar;

    /** The iTIP method of {@link #calendar}: REQUEST or CANCEL. */
    @Column(name = "calendar_method", length = 10)
    public String calendarMethod;

    /** The interview the message is about, if any (no foreign key: a cancelled interview's row is deleted). */
    @Column(name = "interview_id")
    public Long interviewId;

    /** Unique among all messages when set: a message that must exist once, whoever writes it. */
    @Column(name = "dedupe_key", length = 120)
    public String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 200)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The Message-ID header: the same on every attempt, so a receiver can drop a copy sent twice after a crash. */
    public String messageId() {
        return "<outbox-" + id + "@traitscore>";
    }
}
