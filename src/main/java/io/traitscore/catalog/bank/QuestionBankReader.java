package io.traitscore.catalog.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and validates every trait file of the question-bank folder. Plain Java, so it can be tested
 * without starting the application. All problems of all files are collected before failing, so an
 * editor fixes the whole bank in one pass.
 */
public class QuestionBankReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Reads the trait files (*.yaml) of a folder on disk. */
    public QuestionBank read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new QuestionBankException(List.of(folder + ": the question-bank folder does not exist"));
        }
        List<BankFile> files = traitFiles(folder).stream()
                .map(file -> new BankFile(file.getFileName().toString(), readBytes(file)))
                .toList();
        if (files.isEmpty()) {
            throw new QuestionBankException(List.of(folder + ": no trait files (*.yaml) found"));
        }
        return read(files);
    }

    /** Reads the bank that ships inside the application (question-bank/ copied in at build time). */
    public QuestionBank readBundled() {
        List<BankFile> files = BundledQuestionBank.files();
        if (files.isEmpty()) {
            throw new QuestionBankException(List.of(BundledQuestionBank.FOLDER + ": the application holds no trait files"));
        }
        return read(files);
    }

    /** One trait file's name and bytes: the version is a hash over both, wherever the files come from. */
    record BankFile(String name, byte[] content) {
    }

    private QuestionBank read(List<BankFile> files) {
        List<String> problems = new ArrayList<>();
        List<QuestionBank.Entry> entries = new ArrayList<>();
        MessageDigest digest = sha256();
        for (BankFile file : files.stream().sorted(Comparator.comparing(BankFile::name)).toList()) {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.content());
            try {
                TraitFile trait = YAML.readValue(file.content(), TraitFile.class);
                List<String> fileProblems = new TraitFileValidator(file.name()).validate(trait);
                if (fileProblems.isEmpty()) {
                    entries.add(new QuestionBank.Entry(file.name(), trait));
                } else {
                    problems.addAll(fileProblems);
                }
            } catch (IOException e) {
                problems.add(file.name() + ": " + describe(e));
            }
        }
        problems.addAll(crossFileProblems(entries));
        if (!problems.isEmpty()) {
            throw new QuestionBankException(problems);
        }
        return new QuestionBank(HexFormat.of().formatHex(digest.digest()), List.copyOf(entries));
    }

    private static List<Path> traitFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys, trait numbers and question or indicator ids must be unique across the whole bank. */
    private static List<String> crossFileProblems(List<QuestionBank.Entry> entries) {
        List<String> problems = new ArrayList<>();
        Map<Object, String> seen = new HashMap<>();
        for (QuestionBank.Entry entry : entries) {
            TraitFile trait = entry.trait();
            claim(seen, "trait number " + trait.number(), entry.fileName(), problems);
            trait.questions().forEach(q -> claim(seen, "id " + q.id(), entry.fileName(), problems));
            trait.indicators().positive().forEach(i -> claim(seen, "id " + i.id(), entry.fileName(), problems));
            trait.indicators().redFlags().forEach(i -> claim(seen, "id " + i.id(), entry.fileName(), problems));
        }
        return problems;
    }

    private static void claim(Map<Object, String> seen, String what, String fileName, List<String> problems) {
        String earlier = seen.putIfAbsent(what, fileName);
        if (earlier != null) {
            problems.add(fileName + ": " + what + " is already used in " + earlier);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' at " + unknown.getPathReference();
        }
        if (e instanceof JsonProcessingException parse) {
            String location = parse.getLocation() == null ? ""
                    : " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
            return "not valid YAML for a trait file: " + parse.getOriginalMessage() + location;
        }
        return "cannot be read: " + e.getMessage();
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuestionBankException(List.of(file.getFileName() + ": cannot be read: " + e.getMessage()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
