package io.traitscore.profile;

import io.traitscore.candidate.Candidate;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.Malformed;
import io.traitscore.outcome.NotFound;
import io.traitscore.profile.CandidateProfile.CandidateRef;
import io.traitscore.profile.CandidateProfile.QuestionRef;
import io.traitscore.profile.CandidateProfile.RedFlagRef;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.scorecard.FeedbackViews;
import io.traitscore.scorecard.ratings.QuestionAskedRow;
import io.traitscore.scorecard.ratings.QuestionUse;
import io.traitscore.scorecard.ratings.RedFlagRow;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.scorecard.ratings.SubmittedRatings;
import io.traitscore.security.Access;
import io.traitscore.security.FeedbackWithheld;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads what a profile, a comparison or the rater statistics need in a fixed number of queries
 * (see {@link ProfileQueries} and {@link SubmittedRatings}) and hands it to the plain-Java calculators.
 * Who may read them is the access checker's answer: the matrix, and per candidate the independence rule.
 */
@ApplicationScoped
public class ProfileService {

    /**
     * The most candidates one comparison shows. Each lists every other it cannot be told apart from,
     * which grows with the square of the number; beyond this a side-by-side view is unreadable anyway.
     */
    public static final int MAX_COMPARED = 1_000;

    private final Access access;
    private final ProfileQueries queries;
    private final SubmittedRatings submitted;
    private final FeedbackViews feedbackViews;
    private final RaterModelCache models;
    private final ProfileCache profiles;

    ProfileService(Access access, ProfileQueries queries, SubmittedRatings submitted, FeedbackViews feedbackViews,
            RaterModelCache models, ProfileCache profiles) {
        this.models = models;
        this.profiles = profiles;
        this.access = access;
        this.queries = queries;
        this.submitted = submitted;
        this.feedbackViews = feedbackViews;
    }

    @Transactional
    public CandidateProfile profile(long candidateId) {
        return profile(candidateId, Permission.READ_PROFILE);
    }

    /**
     * The profile for a feature that shows it under its own permission (the debrief, the decision record),
     * with that permission's scopes and the independence rule.
     */
    @Transactional
    public CandidateProfile profile(long candidateId, Permission permission) {
        Candidate candidate = queries.candidateWithOpening(candidateId)
                .orElseThrow(() -> new NotFound("Candidate", candidateId));
        Opening opening = candidate.opening;
        access.require(permission, candidate, "You do not have access to opening " + opening.id);
        feedbackViews.record(candidate.id);
        // The reader passed the matrix and the independence rule above; the figures are the same for every
        // reader who does, so they come from the cache while the opening's ratings stamp stands.
        CandidateProfile figures = profiles.figures(candidate.id, opening.ratingsStamp,
                () -> computeProfile(candidate, opening));
        return figures.withHeader(new CandidateRef(candidate.id, candidate.name, candidate.status),
                new Ref(opening.id, opening.title));
    }

    private ProfileCache.Computed computeProfile(Candidate candidate, Opening opening) {
        long candidateId = candidate.id;
        List<TraitSetup> traits = queries.traits(opening.id);
        List<String> keys = keysOf(traits);
        Map<Long, List<QuestionRef>> questions = submitted.questionsAsked(candidateId, keys).stream()
                .collect(Collectors.groupingBy(QuestionAskedRow::ratingId,
                        Collectors.mapping(q -> new QuestionRef(q.questionId(), q.text()), Collectors.toList())));
        Map<Long, List<RedFlagRef>> redFlags = submitted.redFlags(candidateId, keys).stream()
                .collect(Collectors.groupingBy(RedFlagRow::ratingId,
                        Collectors.mapping(f -> new RedFlagRef(f.code(), f.text()), Collectors.toList())));
        List<ProfileInput.Rating> ratings = submitted.ratings(candidateId, keys).stream()
                .map(r -> new ProfileInput.Rating(r.interviewerId(), r.interviewerName(), r.traitKey(), r.score(),
                        r.evidence(), questions.getOrDefault(r.ratingId(), List.of()),
                        redFlags.getOrDefault(r.ratingId(), List.of())))
                .toList();
        // The opening's model comes from the cache when no scorecard was submitted since it was fitted:
        // then the opening's scores are not read at all.
        OpeningModel model = models.model(opening, traits, () -> submitted.scores(opening.id, keys));
        CandidateProfile calculated = ProfileCalculator.calculate(new ProfileInput(
                new CandidateRef(candidate.id, candidate.name, candidate.status), new Ref(opening.id, opening.title),
                traits, ratings, submitted.verdicts(candidateId), model.offsets(), model));
        // Resolutions are read only for a candidate with red flags: one statement more for them alone. Resolving a
        // flag moves the opening's ratings stamp, so cached figures never miss one.
        CandidateProfile figures = redFlags.isEmpty() ? calculated
                : calculated.withResolutions(ResolvedRedFlag.ofCandidate(candidateId).stream()
                        .collect(Collectors.toMap(r -> r.flagCode, ResolvedRedFlag::view)));
        // Figures from a fit that predates the latest submit are shown (marked) but not kept.
        return new ProfileCache.Computed(figures, !model.isRefreshing());
    }

    @Transactional
    public CandidateComparison comparison(long openingId, Set<Long> chosen, String sort, String order) {
        Opening opening = requireOpening(openingId, Permission.COMPARE);
        List<TraitSetup> traits = queries.traits(openingId);
        List<String> keys = keysOf(traits);
        ComparisonSort sorting = ComparisonSort.parse(sort, order, keys);
        Set<Long> awaiting = access.withheldCandidates(openingId);
        List<CandidateRow> candidates = chosen(openingId, queries.candidates(openingId), chosen, awaiting);
        List<Ref> withheld = candidates.stream().filter(c -> awaiting.contains(c.id()))
                .map(c -> new Ref(c.id(), c.name())).toList();
        candidates = candidates.stream().filter(c -> !awaiting.contains(c.id())).toList();
        if (candidates.size() > MAX_COMPARED) {
            throw new TooManyToCompare(MAX_COMPARED, candidates.size());
        }
        feedbackViews.record(candidates.stream().map(CandidateRow::id).toList());
        return ComparisonCalculator.compare(comparisonInput(opening, traits, candidates), sorting).withWithheld(withheld);
    }

    /**
     * A larger opening compared in batches, for the exports: the opening's figures are read once for all
     * batches, and the "not distinguishable" lists are left out, since they cannot be joined across
     * batches and would cost memory with the square of the batch. Ordered by overall score.
     */
    @Transactional
    public List<CandidateComparison> comparisonBatches(long openingId, List<Set<Long>> batches) {
        Opening opening = requireOpening(openingId, Permission.COMPARE);
        List<TraitSetup> traits = queries.traits(openingId);
        List<String> keys = keysOf(traits);
        ComparisonSort sorting = ComparisonSort.parse("overall", "desc", keys);
        Set<Long> awaiting = access.withheldCandidates(openingId);
        ComparisonInput whole = comparisonInput(opening, traits, queries.candidates(openingId));
        return batches.stream().map(batch -> {
            List<CandidateRow> candidates = chosen(openingId, whole.candidates(), batch, awaiting);
            feedbackViews.record(candidates.stream().map(CandidateRow::id).toList());
            return ComparisonCalculator.compare(whole.withCandidates(candidates), sorting, false);
        }).toList();
    }

    /** The opening's figures a comparison is computed from, read with a fixed number of queries. */
    private ComparisonInput comparisonInput(Opening opening, List<TraitSetup> traits, List<CandidateRow> candidates) {
        List<String> keys = keysOf(traits);
        List<ScoreRow> scores = submitted.scores(opening.id, keys);
        return new ComparisonInput(new Ref(opening.id, opening.title), traits, candidates,
                submitted.aggregates(opening.id, keys), submitted.redFlagCounts(opening.id, keys),
                submitted.recommendationCounts(opening.id), scores, models.model(opening, traits, () -> scores));
    }

    /** The chosen candidates (all when none are chosen); an unknown id is a 400, one the reader still owes a 403. */
    private static List<CandidateRow> chosen(long openingId, List<CandidateRow> candidates, Set<Long> chosen,
            Set<Long> awaiting) {
        List<String> blocked = chosen.stream().filter(awaiting::contains).map(String::valueOf).toList();
        if (!blocked.isEmpty()) {
            throw new FeedbackWithheld("Submit your own scorecard first for candidate(s) " + String.join(", ", blocked)
                    + ": until then other interviewers' ratings stay hidden from you");
        }
        if (chosen.isEmpty()) {
            return candidates;
        }
        Set<Long> known = candidates.stream().map(CandidateRow::id).collect(Collectors.toSet());
        List<String> unknown = chosen.stream().filter(id -> !known.contains(id)).map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            throw new Malformed("candidates", "not candidates of opening " + openingId + ": "
                    + String.join(", ", unknown));
        }
        return candidates.stream().filter(c -> chosen.contains(c.id())).toList();
    }

    /**
     * The statistics without the candidates the reader still owes a scorecard for: an interviewer's
     * mean score or a question's spread would otherwise reveal colleagues' ratings of them.
     */
    @Transactional
    public RaterStatistics raterStatistics(long openingId) {
        Opening opening = requireOpening(openingId, Permission.RATER_STATISTICS);
        List<TraitSetup> traits = queries.traits(openingId);
        List<String> keys = keysOf(traits);
        Set<Long> awaiting = access.withheldCandidates(openingId);
        List<ScoreRow> scores = submitted.scores(openingId, keys).stream()
                .filter(s -> !awaiting.contains(s.candidateId())).toList();
        List<QuestionUse> questionUses = submitted.questionUses(openingId, keys).stream()
                .filter(q -> !awaiting.contains(q.candidateId())).toList();
        feedbackViews.recordOpening(openingId);
        List<Ref> withheld = awaiting.isEmpty() ? List.of()
                : queries.candidatesById(awaiting).stream().map(c -> new Ref(c.id(), c.name())).toList();
        // The reader's own view leaves out the candidates they owe a scorecard for: that fit is the reader's
        // alone and not cached; everyone else reads the opening's cached fit.
        OpeningModel model = awaiting.isEmpty() ? models.model(opening, traits, () -> scores)
                : OpeningModel.fit(traits, scores);
        return RaterStatsCalculator.calculate(new Ref(opening.id, opening.title), traits, scores, questionUses, model)
                .withWithheld(withheld);
    }

    private Opening requireOpening(long openingId, Permission permission) {
        Opening opening = queries.opening(openingId).orElseThrow(() -> new NotFound("Opening", openingId));
        access.require(permission, opening, "You do not have access to opening " + openingId);
        return opening;
    }

    private static List<String> keysOf(List<TraitSetup> traits) {
        return traits.stream().map(TraitSetup::key).toList();
    }
}
