package io.traitscore.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "traitscore.retention")
public interface RetentionConfig {

    /** Days after a candidate's final decision (hired, rejected, withdrawn) before their personal data is erased. */
    @WithDefault("365")
    int daysAfterDecision();

    /** Whether the scheduled job erases; when off, the dry-run listing still works. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long the instance that runs the nightly job keeps its lease, so that the other instances, whose
     * schedule fires at the same moment, skip that night's run (shorter than a day, longer than a run).
     */
    @WithDefault("PT1H")
    java.time.Duration lease();

    /** When the nightly job runs (Quarkus cron syntax). */
    @WithDefault("0 30 2 * * ?")
    String cron();
}
