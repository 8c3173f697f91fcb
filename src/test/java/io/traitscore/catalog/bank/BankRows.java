package io.traitscore.catalog.bank;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.QuestionBankVersion;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the database holds of the question bank, as plain values, so a test can compare the rows
 * before and after a reload (entities would compare by identity).
 */
record BankRows(Map<Long, QuestionRow> questions, Map<String, IndicatorRow> indicators, Map<String, List<String>> rubrics,
        List<String> versions) {

    record QuestionRow(long id, String code, String traitKey, String kind, String text, List<String> probes,
            boolean custom, boolean retired, int position, Long createdBy) {

        static QuestionRow of(Question q) {
            return new QuestionRow(q.id, q.code, q.trait.key, q.kind.name(), q.text, List.copyOf(q.probes), q.custom,
                    q.retired, q.position, q.createdBy == null ? null : q.createdBy.id);
        }
    }

    record IndicatorRow(String code, String traitKey, String kind, String text, int position, boolean retired) {

        static IndicatorRow of(TraitIndicator i) {
            return new IndicatorRow(i.code, i.trait.key, i.kind.name(), i.text, i.position, i.retired);
        }
    }

    static BankRows read() {
        return QuarkusTransaction.requiringNew().call(() -> new BankRows(
                Question.<Question>listAll().stream().map(QuestionRow::of)
                        .collect(Collectors.toMap(QuestionRow::id, Function.identity())),
                TraitIndicator.<TraitIndicator>listAll().stream().map(IndicatorRow::of)
                        .collect(Collectors.toMap(IndicatorRow::code, Function.identity())),
                Trait.<Trait>listAll().stream().collect(Collectors.toMap(t -> t.key,
                        t -> t.rubric.stream().map(r -> r.level + ": " + r.anchor).toList())),
                QuestionBankVersion.<QuestionBankVersion>listAll().stream()
                        .sorted(Comparator.comparing((QuestionBankVersion v) -> v.id))
                        .map(v -> v.contentHash).toList()));
    }

    /** The rows that came from the bank files (custom questions have no code). */
    List<QuestionRow> bankQuestions() {
        return questions.values().stream().filter(q -> !q.custom()).toList();
    }

    QuestionRow question(String code) {
        return questions.values().stream().filter(q -> code.equals(q.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + code));
    }

    static String latestVersion() {
        return QuarkusTransaction.requiringNew().call(() -> QuestionBankVersion.latest().orElseThrow().contentHash);
    }
}
