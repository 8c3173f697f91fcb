package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatScaleTest {

    @Test
    void meansFallIntoHalfPointStepsFromLightToDark() {
        assertThat(HeatScale.step(1.0)).isZero();
        assertThat(HeatScale.step(1.2)).isZero();
        assertThat(HeatScale.step(1.25)).isEqualTo(1);
        assertThat(HeatScale.step(3.0)).isEqualTo(4);
        assertThat(HeatScale.step(3.74)).isEqualTo(5);
        assertThat(HeatScale.step(5.0)).isEqualTo(8);
        assertThat(HeatScale.cssClass(4.5)).isEqualTo("heat-7");
    }

    @Test
    void aMissingMeanHasNoColourAndValuesOffTheScaleAreClamped() {
        assertThat(HeatScale.step(null)).isEqualTo(-1);
        assertThat(HeatScale.cssClass(null)).isEqualTo("heat-none");
        assertThat(HeatScale.cssClass(Double.NaN)).isEqualTo("heat-none");
        assertThat(HeatScale.step(0.2)).isZero();
        assertThat(HeatScale.step(7.0)).isEqualTo(8);
    }
}
