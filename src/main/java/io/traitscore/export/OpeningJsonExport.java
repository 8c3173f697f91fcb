package io.traitscore.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.StageChange;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.bank.CurrentQuestionBank;
import io.traitscore.decision.DecisionRecord;
import io.traitscore.decision.EvidenceConflict;
import io.traitscore.interview.Interview;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.NotFound;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.ProfileService;
import io.traitscore.profile.ResolvedRedFlag;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.TraitRating;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link OpeningDocument} of one opening. Everything is listed in a stable order (creation
 * time, then id), so exporting an imported copy gives the same document. Lazy collections are read in
 * Hibernate's fetch batches; an opening's size bounds the work.
 */
@ApplicationScoped
public class OpeningJsonExport {

    private final ProfileService profiles;
    private final CurrentQuestionBank bank;
    private final ObjectMapper json;

    OpeningJsonExport(ProfileService profiles, CurrentQuestionBank bank, ObjectMapper json) {
        this.profiles = profiles;
        this.bank = bank;
        this.json = json;
    }

    @Transactional
    public OpeningDocument export(long openingId) {
        Opening opening = Opening.findById(openingId);
        if (opening == null) {
            throw new NotFound("Opening", openingId);
        }
        Map<String, UserAccount> users = new TreeMap<>();
        users.put(opening.hiringManager.username, opening.hiringManager);
        opening.sharedWith.forEach(u -> users.put(u.username, u));
        opening.panel.forEach(p -> users.put(p.interviewer.username, p.interviewer));

        List<Candidate> candidates = Candidate.list("opening.id = ?1 order by createdAt, id", openingId);
        List<Interview> interviews = Interview.list("candidate.opening.id = ?1 order by scheduledAt, id", openingId);
        interviews.forEach(i -> users.put(i.interviewer.username, i.interviewer));
        Map<Long, Scorecard> scorecards = Scorecard.listSubmittedInOpening(openingId).stream()
                .collect(Collectors.toMap(s -> s.interview.id, Function.identity()));
        Map<Long, List<OpeningDocument.Interview>> byCandidate = interviews.stream().collect(Collectors.groupingBy(
                i -> i.candidate.id, Collectors.mapping(i -> interview(i, scorecards.get(i.id)), Collectors.toList())));
        Map<Long, List<OpeningDocument.StageMove>> timelines = StageChange.<StageChange>list("candidateId in (select c.id"
                + " from Candidate c where c.opening.id = ?1) order by changedAt, id", openingId).stream()
                .collect(Collectors.groupingBy(m -> m.candidateId, Collectors.mapping(OpeningJsonExport::move,
                        Collectors.toList())));
        List<DecisionRecord> records = DecisionRecord.list("openingId = ?1 order by decidedAt, id", openingId);
        List<ResolvedRedFlag> resolutions = ResolvedRedFlag.list("candidateId in (select c.id from Candidate c"
                + " where c.opening.id = ?1) order by resolvedAt, id", openingId);
        // Who decided or resolved a flag is named like everyone else, so the import can link them again.
        Set<Long> staff = new HashSet<>();
        records.forEach(r -> staff.add(r.decidedById));
        resolutions.forEach(r -> staff.add(r.resolvedById));
        if (!staff.isEmpty()) {
            UserAccount.<UserAccount>list("id in ?1", staff).forEach(u -> users.putIfAbsent(u.username, u));
        }
        Map<Long, List<OpeningDocument.DecisionEntry>> decisions = records.stream().collect(Collectors.groupingBy(
                r -> r.candidateId, Collectors.mapping(this::decision, Collectors.toList())));
        Map<Long, List<OpeningDocument.ResolvedRedFlag>> resolved = resolutions.stream().collect(Collectors.groupingBy(
                r -> r.candidateId, Collectors.mapping(r -> new OpeningDocument.ResolvedRedFlag(r.traitKey, r.flagCode,
                        r.note, r.resolvedBy, r.resolvedAt), Collectors.toList())));

        return new OpeningDocument(OpeningDocument.FORMAT, OpeningDocument.VERSION, Instant.now(), bank.version(),
                new OpeningDocument.Opening(opening.id, opening.title, opening.team, opening.description, opening.status,
                        opening.hiringManager.username, opening.sharedWith.stream().map(u -> u.username).sorted().toList(),
                        opening.createdAt),
                opening.traits.stream().map(t -> new OpeningDocument.TraitWeight(t.trait.key, t.trait.name, t.weight,
                        t.mustHave)).toList(),
                opening.panel.stream().map(p -> new OpeningDocument.PanelSeat(p.interviewer.username,
                        keys(p.focusTraits.stream().toList()))).toList(),
                users.values().stream().map(u -> new OpeningDocument.User(u.username, u.displayName, u.email, u.role))
                        .toList(),
                candidates.stream().map(c -> new OpeningDocument.Candidate(c.id, c.name, c.email, c.status, c.createdAt,
                        c.statusChangedAt, c.decidedAt, c.erasedAt, byCandidate.getOrDefault(c.id, List.of()),
                        timelines.getOrDefault(c.id, List.of()), decisions.getOrDefault(c.id, List.of()),
                        resolved.getOrDefault(c.id, List.of()), c.erasedAt == null ? profile(c.id) : null)).toList());
    }

    private static OpeningDocument.StageMove move(StageChange m) {
        return new OpeningDocument.StageMove(m.fromStatus == null ? null : m.fromStatus.name(), m.toStatus.name(),
                m.reason == null ? null : m.reason.name(), m.note, m.debriefOverride, m.automatic, m.actor, m.changedAt);
    }

    private OpeningDocument.DecisionEntry decision(DecisionRecord r) {
        try {
            return new OpeningDocument.DecisionEntry(r.id, r.decision.name(), r.rationale,
                    List.of(r.citedTraits.split(",")), r.againstEvidence,
                    json.readValue(r.conflicts, new TypeReference<List<EvidenceConflict>>() {
                    }), r.justification, json.readTree(r.snapshot),
                    r.bankVersions.isEmpty() ? List.of() : List.of(r.bankVersions.split(",")), r.decidedBy, r.decidedAt,
                    r.supersededBy != null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision record " + r.id + " holds unreadable JSON", e);
        }
    }

    private CandidateProfile profile(long candidateId) {
        return profiles.profile(candidateId);
    }

    private static OpeningDocument.Interview interview(Interview i, Scorecard s) {
        return new OpeningDocument.Interview(i.id, i.interviewer.username, i.scheduledAt, i.durationMinutes,
                keys(i.focusTraitsInOrder()), i.createdAt, s == null ? null : scorecard(s));
    }

    private static OpeningDocument.Scorecard scorecard(Scorecard s) {
        return new OpeningDocument.Scorecard(s.id, s.status, s.recommendation, s.summary, s.bankVersion, s.createdAt,
                s.updatedAt, s.submittedAt, s.ratings.stream()
                        .sorted(Comparator.comparingInt(r -> r.trait.articleNumber))
                        .map(OpeningJsonExport::rating).toList());
    }

    private static OpeningDocument.Rating rating(TraitRating r) {
        return new OpeningDocument.Rating(r.trait.key, r.score, r.noEvidence, r.evidence,
                r.questionsAsked.stream()
                        // By code, then text: the same order in any instance, whatever ids and positions there.
                        .sorted(Comparator.comparing((io.traitscore.catalog.Question q) -> q.code,
                                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(q -> q.text))
                        .map(q -> new OpeningDocument.Question(q.id, q.code, q.traitKey(), q.kind, q.text, q.custom))
                        .toList(),
                r.redFlags.stream().sorted(Comparator.comparing(f -> f.code))
                        .map(f -> new OpeningDocument.RedFlag(f.code, f.text)).toList());
    }

    private static List<String> keys(List<Trait> traits) {
        return traits.stream().sorted(Comparator.comparingInt(t -> t.articleNumber)).map(t -> t.key).toList();
    }
}
