package io.traitscore.catalog;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.security.UserAccount;

import io.traitscore.outcome.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the trait catalogue in a fixed number of queries and adds custom questions. */
@ApplicationScoped
public class CatalogService {

    private final AuditLog audit;

    CatalogService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public List<TraitView> allTraits() {
        List<Trait> traits = Trait.list("select t from Trait t left join fetch t.rubric order by t.articleNumber");
        Map<String, List<Question>> questions = activeQuestions(null).stream()
                .collect(Collectors.groupingBy(q -> q.trait.key));
        Map<String, List<TraitIndicator>> indicators = TraitIndicator.<TraitIndicator>list(
                "retired = false order by position").stream().collect(Collectors.groupingBy(i -> i.trait.key));
        return traits.stream()
                .map(t -> TraitView.of(t, questions.getOrDefault(t.key, List.of()), indicators.getOrDefault(t.key, List.of())))
                .toList();
    }

    @Transactional
    public TraitView trait(String key) {
        Trait trait = requireTrait(key);
        List<TraitIndicator> indicators = TraitIndicator.list("trait.key = ?1 and retired = false order by position", key);
        return TraitView.of(trait, activeQuestions(key), indicators);
    }

    /** Bank and custom questions, filtered by trait, kind and a word in the question or its probes. */
    @Transactional
    public List<QuestionView> questions(String traitKey, QuestionKind kind, String word) {
        if (traitKey != null) {
            requireTrait(traitKey);
        }
        String needle = word == null || word.isBlank() ? null : word.strip().toLowerCase(Locale.ROOT);
        return activeQuestions(traitKey).stream()
                .filter(q -> kind == null || q.kind == kind)
                .filter(q -> needle == null || q.text.toLowerCase(Locale.ROOT).contains(needle)
                        || q.probes.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(needle)))
                .map(QuestionView::of)
                .toList();
    }

    @Transactional
    public QuestionView addCustomQuestion(String traitKey, NewQuestionRequest request, UserAccount author) {
        Trait trait = requireTrait(traitKey);
        Question question = new Question();
        question.trait = trait;
        question.kind = request.kind();
        question.text = request.text().strip();
        question.custom = true;
        question.createdBy = author;
        question.createdAt = Instant.now();
        Integer last = Question.find("select max(q.position) from Question q where q.trait.key = ?1", traitKey)
                .project(Integer.class).firstResult();
        question.position = (last == null ? 0 : last) + 1;
        if (request.probes() != null) {
            request.probes().forEach(p -> question.probes.add(p.strip()));
        }
        question.persist();
        QuestionView created = QuestionView.of(question);
        audit.record(AuditAction.CREATE, "Question", question.id, "Custom question added to " + traitKey, null, created);
        return created;
    }

    public Trait requireTrait(String key) {
        return Trait.<Trait>findByIdOptional(key)
                .orElseThrow(() -> new NotFound("Trait", "'" + key + "'"));
    }

    public Optional<QuestionBankVersion> bankVersion() {
        return QuestionBankVersion.latest();
    }

    private static List<Question> activeQuestions(String traitKey) {
        // Join fetches load probes and authors with the questions: one query however many there are.
        String select = "select q from Question q join fetch q.trait t left join fetch q.probes"
                + " left join fetch q.createdBy where q.retired = false";
        String order = " order by t.articleNumber, q.custom, q.position, q.id";
        return traitKey == null ? Question.list(select + order) : Question.list(select + " and t.key = ?1" + order, traitKey);
    }
}
