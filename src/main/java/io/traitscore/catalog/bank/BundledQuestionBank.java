package io.traitscore.catalog.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The trait files that ship inside the application: the build copies question-bank/ onto the class
 * path (see the pom's resources), so a jar started from any folder has the default bank. In the
 * packaged application they sit in the application's jar; in tests and dev mode, in target/classes.
 */
final class BundledQuestionBank {

    static final String FOLDER = "question-bank";

    private BundledQuestionBank() {
    }

    static List<QuestionBankReader.BankFile> files() {
        URL folder = BundledQuestionBank.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return yamlFiles(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return yamlFiles(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled question bank at " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the bundled question bank at " + folder, e);
        }
    }

    private static List<QuestionBankReader.BankFile> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> new QuestionBankReader.BankFile(p.getFileName().toString(), read(p)))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled trait file " + file, e);
        }
    }
}
