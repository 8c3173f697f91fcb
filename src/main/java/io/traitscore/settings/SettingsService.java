package io.traitscore.settings;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.TimeZones;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/** What each person sets for themselves: for now, the time zone their pages use. */
@ApplicationScoped
public class SettingsService {

    public static final String TIME_ZONE_FIELD = "timeZone";

    private final CurrentUser currentUser;
    private final AuditLog audit;

    SettingsService(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public ZoneId chooseTimeZone(String id) {
        ZoneId zone = TimeZones.of(id).orElseThrow(() -> new Invalid("The time zone was not changed",
                new FieldError(TIME_ZONE_FIELD, "choose a time zone from the list, such as Europe/Berlin")));
        UserAccount user = UserAccount.findById(currentUser.id());
        String before = user.timeZone;
        user.timeZone = zone.getId();
        audit.record(AuditAction.UPDATE, "UserAccount", user.id, "Time zone " + (before == null ? "chosen: " : "changed from "
                + before + " to ") + zone.getId(), null, null);
        return zone;
    }
}
