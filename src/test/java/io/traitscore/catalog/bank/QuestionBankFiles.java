package io.traitscore.catalog.bank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the real question-bank folder for tests that edit or break it. */
public final class QuestionBankFiles {

    public static final Path BANK = Path.of("question-bank");

    private QuestionBankFiles() {
    }

    public static void copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.list(BANK)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
