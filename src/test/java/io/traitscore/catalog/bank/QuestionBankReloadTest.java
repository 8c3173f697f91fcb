package io.traitscore.catalog.bank;

import static io.traitscore.Fixtures.as;
import static io.traitscore.catalog.bank.QuestionBankReaderTest.BANK;
import static io.traitscore.catalog.bank.QuestionBankReaderTest.LISTENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.bank.BankRows.QuestionRow;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the question bank, as a restart or a redeployment with edited files does: the same bank
 * changes nothing, an edited bank updates the bank's rows in place, and custom questions added by
 * hiring managers are never touched. Every test leaves the original bank loaded.
 */
@QuarkusTest
class QuestionBankReloadTest {

    static final String TRAIT = "listens-with-empathy";

    @Inject
    QuestionBankLoader loader;

    @Inject
    QuestionBankImporter importer;

    @Inject
    CurrentQuestionBank current;

    @Test
    void loadingTheSameBankTwiceChangesNothing() throws IOException {
        String version = new QuestionBankReader().read(BANK).version();
        BankRows before = BankRows.read();

        loader.onStart(new StartupEvent());
        loader.onStart(new StartupEvent());

        assertThat(BankRows.read()).isEqualTo(before);
        assertThat(current.version()).isEqualTo(version);
        assertThat(BankRows.latestVersion()).isEqualTo(version);
        // One row per question id, indicator id and rubric level in the files: no duplicates.
        assertThat(before.bankQuestions()).hasSize(idsInFiles("[bs]"));
        assertThat(before.bankQuestions().stream().map(QuestionRow::code)).doesNotHaveDuplicates();
        assertThat(before.indicators()).hasSize(idsInFiles("(p|rf)"));
        assertThat(before.rubrics()).hasSize(15).allSatisfy((trait, levels) -> assertThat(levels).hasSize(5));
        assertThat(before.versions()).containsOnlyOnce(version);
    }

    @Test
    void aChangedBankUpdatesBankRowsInPlaceAndLeavesCustomQuestionsAlone(@TempDir Path edited) throws IOException {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        String customText = "Tell me about a caller who went quiet on you. " + Fixtures.unique("custom");
        long customId = as(manager)
                .body(Map.of("kind", "SITUATIONAL", "text", customText, "probes", List.of("What did you hear?", "Then?")))
                .post("/api/traits/{key}/questions", TRAIT).then().statusCode(201).extract().jsonPath().getLong("id");
        QuestionBank original = new QuestionBankReader().read(BANK);
        BankRows before = BankRows.read();
        QuestionRow custom = before.questions().get(customId);

        QuestionBank changed = new QuestionBankReader().read(editListens(edited));
        try {
            assertThat(importer.importBank(changed)).isTrue();
            BankRows after = BankRows.read();
            assertThat(importer.importBank(changed)).as("the changed bank a second time").isFalse();
            assertThat(BankRows.read()).isEqualTo(after);

            // Bank rows are matched by id and updated in place.
            QuestionRow b2 = after.question(TRAIT + ".b2");
            assertThat(b2.id()).isEqualTo(before.question(TRAIT + ".b2").id());
            assertThat(b2.text()).isEqualTo("Describe a situation where you were tempted to cut a customer short"
                    + " because you thought you already knew the answer. What did you do?");
            // b5 left the file: retired, not deleted; s1 moves up from 6th to 5th place.
            assertThat(after.question(TRAIT + ".b5")).isEqualTo(retired(before.question(TRAIT + ".b5")));
            assertThat(after.question(TRAIT + ".s1").position()).isEqualTo(5);
            QuestionRow b6 = after.question(TRAIT + ".b6");
            assertThat(b6.custom()).isFalse();
            assertThat(b6.retired()).isFalse();
            assertThat(b6.position()).isEqualTo(7);
            assertThat(b6.probes()).containsExactly("What did you notice first?", "What did you do next?");
            assertThat(after.indicators().get(TRAIT + ".p3").text()).isEqualTo("Checks understanding by summarizing what they heard");
            assertThat(after.indicators().get(TRAIT + ".p3").position()).isEqualTo(3);
            assertThat(after.rubrics().get(TRAIT).get(2)).startsWith("3: Describes letting the caller finish,");
            assertThat(after.rubrics().get(TRAIT)).hasSize(5);
            assertThat(after.bankQuestions()).hasSize(before.bankQuestions().size() + 1);
            assertThat(BankRows.latestVersion()).isEqualTo(changed.version());

            // The custom question is exactly as the hiring manager left it, and still listed.
            assertThat(after.questions().get(customId)).isEqualTo(custom);
            assertThat(custom.custom()).isTrue();
            List<String> listed = as(manager).queryParam("trait", TRAIT).get("/api/questions")
                    .then().statusCode(200).extract().jsonPath().getList("text");
            assertThat(listed).contains(customText, b2.text(), b6.text())
                    .doesNotContain(before.question(TRAIT + ".b5").text());

            // Other traits' rows are untouched.
            before.questions().values().stream().filter(q -> !q.traitKey().equals(TRAIT))
                    .forEach(q -> assertThat(after.questions().get(q.id())).isEqualTo(q));
        } finally {
            importer.importBank(original);
            QuarkusTransaction.requiringNew().run(() -> Question.find("code", TRAIT + ".b6")
                    .firstResultOptional().ifPresent(q -> q.delete()));
        }

        // Back on the original files: the very same rows as before, custom question included.
        BankRows restored = BankRows.read();
        assertThat(restored.questions()).isEqualTo(before.questions());
        assertThat(restored.indicators()).isEqualTo(before.indicators());
        assertThat(restored.rubrics()).isEqualTo(before.rubrics());
        assertThat(BankRows.latestVersion()).isEqualTo(original.version());
    }

    /** A copy of the bank whose listens-with-empathy file was edited as a bank editor would. */
    private static Path editListens(Path folder) throws IOException {
        QuestionBankFiles.copyTo(folder);
        Path file = folder.resolve(LISTENS);
        QuestionBankFiles.replace(file, "tempted to interrupt a customer because", "tempted to cut a customer short because");
        String text = Files.readString(file);
        int b5 = text.indexOf("  - id: " + TRAIT + ".b5\n");
        int s1 = text.indexOf("  - id: " + TRAIT + ".s1\n");
        Files.writeString(file, text.substring(0, b5) + text.substring(s1));
        QuestionBankFiles.replace(file, "rubric:\n", """
                  - id: listens-with-empathy.b6
                    kind: behavioral
                    text: Tell me about a time a customer's silence told you more than their words.
                    probes:
                      - "What did you notice first?"
                      - "What did you do next?"
                rubric:
                """);
        QuestionBankFiles.replace(file, "Checks understanding by summarizing or asking an open question",
                "Checks understanding by summarizing what they heard");
        QuestionBankFiles.replace(file, "Describes letting the customer finish, acknowledging", "Describes letting the caller finish, acknowledging");
        return folder;
    }

    private static QuestionRow retired(QuestionRow q) {
        return new QuestionRow(q.id(), q.code(), q.traitKey(), q.kind(), q.text(), q.probes(), q.custom(), true,
                q.position(), q.createdBy());
    }

    /** Counts the ids of one kind in the bank files themselves, e.g. "[bs]" for questions (b1, s2...). */
    private static int idsInFiles(String kind) throws IOException {
        Pattern id = Pattern.compile("(?m)^\\s*- id: [a-z-]+\\." + kind + "\\d+\\s*$");
        int count = 0;
        try (Stream<Path> files = Files.list(BANK)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                count += (int) id.matcher(Files.readString(file)).results().count();
            }
        }
        return count;
    }
}
