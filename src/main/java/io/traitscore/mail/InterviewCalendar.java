package io.traitscore.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An interview's calendar event as last sent: its stable UID, its SEQUENCE and what it said. */
@Entity
@Table(name = "interview_calendar")
public class InterviewCalendar extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public Long interviewId;

    @Column(nullable = false, length = 120)
    public String uid;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(length = 500)
    public String location;

    boolean says(Instant start, Instant end, String where) {
        return startsAt.equals(start) && endsAt.equals(end) && java.util.Objects.equals(location, where);
    }
}
