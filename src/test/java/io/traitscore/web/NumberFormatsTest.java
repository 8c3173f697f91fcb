package io.traitscore.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void fixedDecimalsWithAPointAndADashForMissingFigures() {
        assertThat(NumberFormats.one(3.6667)).isEqualTo("3.7");
        assertThat(NumberFormats.one(4)).isEqualTo("4.0");
        assertThat(NumberFormats.two(0.5773)).isEqualTo("0.58");
        assertThat(NumberFormats.one(null)).isEqualTo("—");
        assertThat(NumberFormats.two(Double.NaN)).isEqualTo("—");
    }

    @Test
    void negativeNumbersGetARealMinusSignAndSignedOnesAPlus() {
        assertThat(NumberFormats.two(-0.34)).isEqualTo("\u22120.34");
        assertThat(NumberFormats.signed(0.625)).isEqualTo("+0.63");
        assertThat(NumberFormats.signed(-1.0)).isEqualTo("\u22121.00");
        assertThat(NumberFormats.signed(0.0)).isEqualTo("0.00");
        assertThat(NumberFormats.signed(-0.001)).as("rounds to zero").isEqualTo("0.00");
        assertThat(NumberFormats.signed(0.001)).isEqualTo("0.00");
    }
}
