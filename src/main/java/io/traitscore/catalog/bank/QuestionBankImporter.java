package io.traitscore.catalog.bank;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.catalog.IndicatorKind;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.QuestionBankVersion;
import io.traitscore.catalog.QuestionKind;
import io.traitscore.catalog.RubricLevel;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a validated bank into the database. Idempotent: bank rows are matched by their stable keys
 * and codes and updated in place; custom questions are never touched; bank questions and indicators
 * missing from the files are retired rather than deleted, since scorecards may refer to them.
 */
@ApplicationScoped
public class QuestionBankImporter {

    private final AuditLog audit;

    QuestionBankImporter(AuditLog audit) {
        this.audit = audit;
    }

    /** @return true when the database changed, false when this exact bank was already the latest */
    @Transactional
    public boolean importBank(QuestionBank bank) {
        boolean alreadyLatest = QuestionBankVersion.latest()
                .map(latest -> latest.contentHash.equals(bank.version()))
                .orElse(false);
        if (alreadyLatest) {
            return false;
        }
        for (QuestionBank.Entry entry : bank.traits()) {
            Trait trait = upsertTrait(entry);
            upsertQuestions(trait, entry.trait().questions());
            upsertIndicators(trait, entry.trait().indicators());
        }
        recordVersion(bank);
        audit.record(AuditAction.BANK_LOADED, "QuestionBank", bank.version(), "Question bank loaded: "
                + bank.traits().size() + " traits, " + bank.questionCount() + " questions", null, null);
        return true;
    }

    private static Trait upsertTrait(QuestionBank.Entry entry) {
        TraitFile file = entry.trait();
        Trait trait = Trait.<Trait>findByIdOptional(file.key()).orElseGet(Trait::new);
        boolean isNew = trait.key == null;
        trait.key = file.key();
        trait.articleNumber = file.number();
        trait.name = file.name().strip();
        trait.statement = file.statement().strip();
        trait.sourceTitle = file.source().article().strip();
        trait.sourceAuthor = file.source().author().strip();
        trait.bankFile = entry.fileName();
        trait.rubric.clear();
        file.rubric().forEach((level, anchor) -> trait.rubric.add(new RubricLevel(level, anchor.strip())));
        if (isNew) {
            trait.persist();
        }
        return trait;
    }

    private static void upsertQuestions(Trait trait, List<TraitFile.QuestionEntry> entries) {
        Map<String, Question> existing = Question.<Question>list("trait.key = ?1 and custom = false", trait.key)
                .stream().collect(Collectors.toMap(q -> q.code, Function.identity()));
        Set<String> inFile = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TraitFile.QuestionEntry entry = entries.get(i);
            inFile.add(entry.id());
            Question question = existing.computeIfAbsent(entry.id(), code -> newBankQuestion(trait, code));
            question.kind = QuestionKind.valueOf(entry.kind().toUpperCase(Locale.ROOT));
            question.text = entry.text().strip();
            question.source = entry.source() == null ? null : entry.source().strip();
            question.position = i + 1;
            question.retired = false;
            question.probes.clear();
            entry.probes().forEach(p -> question.probes.add(p.strip()));
            if (!question.isPersistent()) {
                question.persist();
            }
        }
        existing.values().stream().filter(q -> !inFile.contains(q.code)).forEach(q -> q.retired = true);
    }

    private static Question newBankQuestion(Trait trait, String code) {
        Question question = new Question();
        question.trait = trait;
        question.code = code;
        question.custom = false;
        question.createdAt = Instant.now();
        return question;
    }

    private static void upsertIndicators(Trait trait, TraitFile.Indicators indicators) {
        Map<String, TraitIndicator> existing = new HashMap<>();
        TraitIndicator.<TraitIndicator>list("trait.key", trait.key).forEach(i -> existing.put(i.code, i));
        Set<String> inFile = new HashSet<>();
        int position = 0;
        for (TraitFile.IndicatorEntry entry : indicators.positive()) {
            upsertIndicator(trait, existing, entry, IndicatorKind.POSITIVE, ++position);
            inFile.add(entry.id());
        }
        for (TraitFile.IndicatorEntry entry : indicators.redFlags()) {
            upsertIndicator(trait, existing, entry, IndicatorKind.RED_FLAG, ++position);
            inFile.add(entry.id());
        }
        existing.values().stream().filter(i -> !inFile.contains(i.code)).forEach(i -> i.retired = true);
    }

    private static void upsertIndicator(Trait trait, Map<String, TraitIndicator> existing,
            TraitFile.IndicatorEntry entry, IndicatorKind kind, int position) {
        TraitIndicator indicator = existing.get(entry.id());
        if (indicator == null) {
            indicator = new TraitIndicator();
            indicator.code = entry.id();
            indicator.trait = trait;
        }
        indicator.kind = kind;
        indicator.text = entry.text().strip();
        indicator.position = position;
        indicator.retired = false;
        if (!indicator.isPersistent()) {
            indicator.persist();
        }
    }

    private static void recordVersion(QuestionBank bank) {
        QuestionBankVersion version = QuestionBankVersion.<QuestionBankVersion>find("contentHash", bank.version())
                .firstResultOptional().orElseGet(QuestionBankVersion::new);
        version.contentHash = bank.version();
        version.loadedAt = Instant.now();
        version.traitCount = bank.traits().size();
        version.questionCount = bank.questionCount();
        if (!version.isPersistent()) {
            version.persist();
        }
    }
}
