package io.traitscore.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditEvent;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** HR in a real browser reads the audit trail: filters by who, action and day, and pages through it. */
@QuarkusTest
class AuditTrailJourneyTest extends BrowserTest {

    @Test
    void hrFiltersTheAuditTrailAndPagesThroughIt() {
        String actor = Fixtures.unique("busy.recruiter");
        Instant now = Instant.now();
        Instant lastWeek = now.minus(Duration.ofDays(7));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 55; i++) {
                write(actor, AuditAction.UPDATE, "Candidate", String.valueOf(i), "Moved candidate " + i, now.minusSeconds(i));
            }
            for (int i = 0; i < 3; i++) {
                write(actor, AuditAction.EXPORT, "Export", "ratings-" + i + ".csv", "Exported ratings " + i, lastWeek);
            }
        });
        UserAccount hr = Fixtures.user(Role.HR);
        Page page = loggedIn(hr.username, Fixtures.PASSWORD);

        page.click("nav.main-nav a:has-text('Audit trail')");
        page.fill("#actor", actor);
        page.click("button:has-text('Filter')");
        assertThat(page.locator("#audit-count")).hasText("1–50 of 58");
        assertThat(page.locator(".audit-table tbody tr").first()).containsText("Moved candidate 0");
        HeadlessChromium.screenshot(page, "audit-trail");
        page.click("a[rel=next]");
        assertThat(page.locator("#audit-count")).hasText("51–58 of 58");
        assertThat(page.locator(".audit-table tbody tr").last()).containsText("Exported ratings");
        page.click("a[rel=prev]");
        assertThat(page.locator("#audit-count")).hasText("1–50 of 58");

        page.selectOption("#action", "EXPORT");
        page.click("button:has-text('Filter')");
        assertThat(page.locator("#audit-count")).hasText("1–3 of 3");
        page.selectOption("#action", "");
        page.fill("#audit-q", "EXPORTED ratings 1");
        page.click("button:has-text('Filter')");
        assertThat(page.locator("#audit-count")).hasText("1–1 of 1");
        page.fill("#audit-q", "");
        String day = LocalDate.ofInstant(lastWeek, ZoneOffset.UTC).toString();
        page.fill("#from", day);
        page.fill("#to", day);
        page.click("button:has-text('Filter')");
        assertThat(page.locator("#audit-count")).hasText("1–3 of 3");
        page.fill("#from", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
        page.click("button:has-text('Filter')");
        assertThat(page.locator("#to-error")).containsText("must not be before the first day");
        assertThat(page.locator(".audit-table")).hasCount(0);
        page.context().close();
    }

    private static void write(String actor, AuditAction action, String type, String id, String summary, Instant when) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = when;
        event.actor = actor;
        event.action = action;
        event.entityType = type;
        event.entityId = id;
        event.summary = summary;
        event.persist();
    }
}
