package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreViewTest {

    @Test
    void onlyCalibratedAsksForTheCalibratedViewAnythingElseIsRaw() {
        assertThat(ScoreView.parse("calibrated")).isEqualTo(ScoreView.CALIBRATED);
        assertThat(ScoreView.parse(" Calibrated ")).isEqualTo(ScoreView.CALIBRATED);
        assertThat(ScoreView.parse(null)).isEqualTo(ScoreView.RAW);
        assertThat(ScoreView.parse("")).isEqualTo(ScoreView.RAW);
        assertThat(ScoreView.parse("raw")).isEqualTo(ScoreView.RAW);
        assertThat(ScoreView.parse("<script>")).isEqualTo(ScoreView.RAW);
    }
}
