package io.traitscore.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start log's closing lines name every demo login with its role and the shared password. */
class DemoLoginsTest {

    @Test
    void everyDemoUserIsNamedWithThePassword() {
        DemoData data = DemoDataLoader.read();

        String lines = DemoLogins.describe(data);

        assertThat(data.users()).hasSizeGreaterThanOrEqualTo(8);
        data.users().forEach(user -> assertThat(lines).as("names " + user.username()).contains(user.username()));
        assertThat(lines).contains("'" + data.password() + "'").contains("Interviewer").contains("HR");
    }
}
