package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    @Test
    void thePageAndThePdfShareOneDivergingScaleRedBelowTheBarNeutralAtItBlueAbove() throws IOException {
        String css;
        try (InputStream in = HeatScaleTest.class.getResourceAsStream("/META-INF/resources/css/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int step = 0; step < 9; step++) {
            assertThat(css).contains(".heat-" + step + " { background: " + HeatScale.BACKGROUND[step] + "; color: "
                    + HeatScale.TEXT[step] + "; }");
            assertThat(contrast(HeatScale.BACKGROUND[step], HeatScale.TEXT[step])).as("step %d", step).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(HeatScale.style(1.0)).contains(HeatScale.BACKGROUND[0]);
        assertThat(HeatScale.style(3.0)).contains("#f7f7f7");
        assertThat(HeatScale.style(null)).isEmpty();
        // Red for a concern: the low end's red channel dominates, the high end's blue.
        assertThat(Integer.parseInt(HeatScale.BACKGROUND[0].substring(1, 3), 16)).isGreaterThan(0x99);
        assertThat(Integer.parseInt(HeatScale.BACKGROUND[8].substring(5, 7), 16)).isGreaterThan(0x99);
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
