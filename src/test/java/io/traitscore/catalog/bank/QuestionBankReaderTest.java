package io.traitscore.catalog.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bank passes every rule, and each kind of malformed file is reported by name. */
class QuestionBankReaderTest {

    static final Path BANK = QuestionBankFiles.BANK;
    static final String LISTENS = "03-listens-with-empathy.yaml";

    private final QuestionBankReader reader = new QuestionBankReader();

    @Test
    void theRealBankHasFifteenCompleteTraits() {
        QuestionBank bank = reader.read(BANK);

        assertEquals(15, bank.traits().size());
        for (int i = 0; i < 15; i++) {
            TraitFile trait = bank.traits().get(i).trait();
            assertEquals(i + 1, trait.number(), "traits are in article order");
            long behavioral = trait.questions().stream().filter(q -> q.kind().equals("behavioral")).count();
            long situational = trait.questions().stream().filter(q -> q.kind().equals("situational")).count();
            assertTrue(behavioral >= 4, trait.key() + " has " + behavioral + " behavioral questions");
            assertTrue(situational >= 1, trait.key() + " has " + situational + " situational questions");
            assertEquals(java.util.Set.of(1, 2, 3, 4, 5), trait.rubric().keySet(), trait.key());
            trait.questions().forEach(q -> assertThat(q.probes()).hasSizeBetween(2, 3));
            assertThat(trait.indicators().redFlags()).isNotEmpty();
        }
        assertThat(bank.version()).matches("[0-9a-f]{64}");
    }

    @Test
    void theLastTraitCarriesTheArticlesCautionAsARedFlag() {
        TraitFile last = reader.read(BANK).traits().get(14).trait();

        assertEquals("serves-for-the-giving", last.key());
        assertThat(last.indicators().redFlags().get(0).id()).isEqualTo("serves-for-the-giving.rf1");
        assertThat(last.indicators().redFlags().get(0).text().toLowerCase()).contains("appreciated");
    }

    @Test
    void theVersionIsStableAndFollowsTheContent(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        String original = reader.read(copy).version();
        assertEquals(original, reader.read(copy).version());

        Path file = copy.resolve(LISTENS);
        Files.writeString(file, Files.readString(file).replace("Lets the customer", "Allows the customer"));

        assertNotEquals(original, reader.read(copy).version());
    }

    @Test
    void brokenYamlIsReportedWithFileAndLine(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        Files.writeString(copy.resolve(LISTENS), "key: listens-with-empathy\nnumber: [3\n");

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.getMessage()).contains(LISTENS).contains("not valid YAML").contains("line");
    }

    @Test
    void aMissingRubricLevelIsNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        QuestionBankFiles.replace(copy.resolve(LISTENS), "\n  4: >-", "\n  6: >-");

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.problems()).contains(LISTENS + ": rubric level 4 is missing (levels 1 to 5 are required)",
                LISTENS + ": rubric level 6 is outside 1 to 5");
    }

    @Test
    void anUnknownFieldIsNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        QuestionBankFiles.replace(copy.resolve(LISTENS), "name: Listens with empathy", "name: Listens with empathy\ncolour: blue");

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.getMessage()).contains(LISTENS + ": unknown field 'colour'");
    }

    @Test
    void aKeyThatDoesNotMatchTheFileNameIsNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        QuestionBankFiles.replace(copy.resolve(LISTENS), "key: listens-with-empathy", "key: listens-kindly");

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.getMessage()).contains(LISTENS + ": 'key' must be 'listens-with-empathy' to match the file name");
    }

    @Test
    void tooFewQuestionsAndProbesAreNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        String text = Files.readString(copy.resolve(LISTENS));
        // Turn four behavioral questions into situational ones: one behavioral question is left.
        for (int i = 1; i <= 4; i++) {
            text = text.replaceFirst("kind: behavioral", "kind: situational\n    source: test");
        }
        text = text.replaceFirst("(?s)(probes:\n      - [^\n]+\n)(      - [^\n]+\n)+", "$1");
        Files.writeString(copy.resolve(LISTENS), text);

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.problems()).anyMatch(p -> p.equals(LISTENS + ": needs at least 4 behavioral questions, found 1"));
        assertThat(e.problems()).anyMatch(p -> p.startsWith(LISTENS + ": questions[0] needs 2 to 3 probes, found 1"));
    }

    @Test
    void aRepeatedQuestionIdIsNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        QuestionBankFiles.replace(copy.resolve(LISTENS), "id: listens-with-empathy.b2", "id: listens-with-empathy.b1");

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.problems()).contains(LISTENS + ": id listens-with-empathy.b1 is already used in " + LISTENS);
    }

    @Test
    void twoFilesClaimingOneArticleNumberAreNamed(@TempDir Path copy) throws IOException {
        QuestionBankFiles.copyTo(copy);
        Path adapts = copy.resolve("02-adapts-easily.yaml");
        QuestionBankFiles.replace(adapts, "number: 2", "number: 3");
        QuestionBankFiles.replace(adapts, "item: 2", "item: 3");
        Files.move(adapts, copy.resolve("03-adapts-easily.yaml"));

        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(copy));

        assertThat(e.problems()).contains(LISTENS + ": trait number 3 is already used in 03-adapts-easily.yaml");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path empty) {
        QuestionBankException e = assertThrows(QuestionBankException.class, () -> reader.read(empty.resolve("nowhere")));
        assertThat(e.getMessage()).contains("nowhere").contains("does not exist");
    }
}
