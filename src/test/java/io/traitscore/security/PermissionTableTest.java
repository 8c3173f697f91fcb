package io.traitscore.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented permission table (docs/permissions.md, linked from the README) says exactly what the enforced matrix says. */
class PermissionTableTest {

    @Test
    void theReadmeTableMatchesThePermissionMatrix() throws IOException {
        Map<String, List<String>> readme = readmeTable();
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            matrix.put(permission.action(), Arrays.stream(Role.values())
                    .map(role -> permission.labelFor(role))
                    .toList());
        }
        assertThat(readme).containsExactlyEntriesOf(matrix);
    }

    @Test
    void theTableHeaderListsTheRolesInOrder() throws IOException {
        String header = Files.readAllLines(Path.of("docs/permissions.md")).stream()
                .filter(l -> l.startsWith("| action |")).findFirst().orElseThrow();
        assertThat(header).isEqualTo("| action | " + String.join(" | ", Arrays.stream(Role.values()).map(Enum::name).toList()) + " |");
    }

    private static Map<String, List<String>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/permissions.md"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| action |")).findFirst().orElseThrow());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }
}
