package io.traitscore.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Templates ask the access checker by permission key; every key they use is one of the matrix. */
class TemplatePermissionsTest {

    private static final Pattern ASKED = Pattern.compile("access\\.may\\('([^']*)'\\)");

    @Test
    void everyPermissionATemplateAsksForExists() throws IOException {
        List<String> keys = Arrays.stream(Permission.values()).map(Permission::key).toList();
        List<String> asked;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            asked = templates.filter(f -> f.toString().endsWith(".html")).flatMap(TemplatePermissionsTest::asked).toList();
        }

        assertThat(asked).as("templates that ask the checker").isNotEmpty();
        assertThat(keys).containsAll(asked);
    }

    @Test
    void anUnknownKeyIsAMistakeNotAQuietNo() {
        assertThat(Permission.ofKey("compare")).isEqualTo(Permission.COMPARE);
        assertThatThrownBy(() -> Permission.ofKey("comapre")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comapre");
    }

    @Test
    void noTemplateComparesRoleNames() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                String text = read(f);
                for (Role role : Role.values()) {
                    assertThat(text).as(f.toString()).doesNotContain("'" + role.name() + "'");
                }
                assertThat(text).as(f.toString()).doesNotContain("role.name");
            });
        }
    }

    private static Stream<String> asked(Path template) {
        Matcher matcher = ASKED.matcher(read(template));
        Stream.Builder<String> keys = Stream.builder();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys.build();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
