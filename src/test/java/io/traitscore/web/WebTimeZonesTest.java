package io.traitscore.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.security.TimeZones;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times shown and read in a person's own zone, across the clock changes of 2026. */
class WebTimeZonesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theSameHourOfUtcReadsOneHourLaterAfterTheSpringChangeAndTheZoneIsNamed() {
        // Berlin moves from CET (+1) to CEST (+2) at 01:00 UTC on 29 March 2026.
        assertThat(WebTime.dateTime(Instant.parse("2026-03-29T00:30:00Z"), BERLIN)).isEqualTo("Sun 29 Mar 2026, 01:30 CET");
        assertThat(WebTime.dateTime(Instant.parse("2026-03-29T01:30:00Z"), BERLIN)).isEqualTo("Sun 29 Mar 2026, 03:30 CEST");
        assertThat(WebTime.dateTime(Instant.parse("2026-11-02T14:00:00Z"), NEW_YORK)).isEqualTo("Mon 2 Nov 2026, 09:00 EST");
        assertThat(WebTime.dateTime(Instant.parse("2026-10-30T13:00:00Z"), NEW_YORK)).isEqualTo("Fri 30 Oct 2026, 09:00 EDT");
    }

    @Test
    void typedTimesAreReadInTheZoneWithItsOffsetOfThatDay() {
        assertThat(WebTime.parseInput("2026-03-28T09:00", BERLIN)).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(WebTime.parseInput("2026-03-30T09:00", BERLIN)).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(WebTime.parseInput("2026-11-02T09:00", NEW_YORK)).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
    }

    @Test
    void aSkippedTimeMovesForwardAndARepeatedOneIsTheEarlier() {
        // 02:30 does not exist in Berlin on 29 March 2026; 02:30 happens twice on 25 October 2026.
        assertThat(WebTime.parseInput("2026-03-29T02:30", BERLIN)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(WebTime.parseInput("2026-10-25T02:30", BERLIN)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void onlyRegionZonesAndUtcCanBeChosen() {
        assertThat(TimeZones.of("Europe/Berlin")).contains(BERLIN);
        assertThat(TimeZones.of("America/Argentina/Buenos_Aires")).isPresent();
        assertThat(TimeZones.of("UTC")).isPresent();
        assertThat(TimeZones.of("Mars/Olympus_Mons")).isEmpty();
        assertThat(TimeZones.of("+02:00")).isEmpty();
        assertThat(TimeZones.of("CET")).as("no daylight-saving rules of a place").isEmpty();
        assertThat(TimeZones.of(null)).isEmpty();
        assertThat(TimeZones.choices()).contains("Europe/Berlin", "Asia/Kolkata", "UTC").doesNotContain("EST", "Etc/GMT+5");
    }
}
