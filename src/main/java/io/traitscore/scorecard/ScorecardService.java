package io.traitscore.scorecard;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.StageService;
import io.traitscore.catalog.IndicatorKind;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.catalog.bank.CurrentQuestionBank;
import io.traitscore.interview.Interview;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scorecard life cycle: the interviewer saves drafts as often as they like, then submits once.
 * A submitted scorecard is never changed again: every later write is refused with 409.
 */
@ApplicationScoped
public class ScorecardService {

    private final CurrentUser currentUser;
    private final Access access;
    private final FeedbackViews feedbackViews;
    private final CurrentQuestionBank bank;
    private final AuditLog audit;
    private final StageService stages;

    ScorecardService(CurrentUser currentUser, Access access, FeedbackViews feedbackViews, CurrentQuestionBank bank,
            AuditLog audit, StageService stages) {
        this.stages = stages;
        this.currentUser = currentUser;
        this.access = access;
        this.feedbackViews = feedbackViews;
        this.bank = bank;
        this.audit = audit;
    }

    /**
     * The author sees their scorecard in any state. Others see it once it is submitted, and only
     * if the independence rule lets them read feedback on this candidate.
     */
    @Transactional
    public ScorecardView get(long interviewId) {
        Interview interview = InterviewService.require(interviewId);
        boolean author = interview.isConductedBy(currentUser.get());
        if (!author) {
            requireMayReadFeedback(interview.candidate);
        }
        Scorecard scorecard = Scorecard.findByInterview(interviewId)
                .filter(s -> author || s.isSubmitted())
                .orElseThrow(() -> new NotFound(author ? "Scorecard of interview" : "Submitted scorecard of interview",
                        interviewId));
        return ScorecardView.of(scorecard);
    }

    /** Submitted scorecards of a candidate, for whoever the independence rule lets read them. */
    @Transactional
    public List<ScorecardView> submittedFor(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        requireMayReadFeedback(candidate);
        return Scorecard.<Scorecard>list("interview.candidate.id = ?1 and status = ?2 order by submittedAt, id",
                candidateId, ScorecardStatus.SUBMITTED).stream().map(ScorecardView::of).toList();
    }

    /** The same, with who the candidate is, for the page that reads them all. */
    @Transactional
    public CandidateScorecards submittedSheets(long candidateId) {
        List<ScorecardView> submitted = submittedFor(candidateId);
        Candidate candidate = CandidateService.require(candidateId);
        return new CandidateScorecards(candidate.id, candidate.name, candidate.opening.title, submitted);
    }

    @Transactional
    public ScorecardView saveDraft(long interviewId, ScorecardDraft draft) {
        Interview interview = requireOwnInterview(interviewId);
        Scorecard scorecard = Scorecard.findByInterview(interviewId).orElse(null);
        ScorecardView before = scorecard == null ? null : ScorecardView.of(scorecard);
        if (scorecard == null) {
            scorecard = new Scorecard();
            scorecard.interview = interview;
            scorecard.createdAt = Instant.now();
        } else {
            refuseIfSubmitted(scorecard);
            if (draft.version() == null || draft.version() != scorecard.version) {
                throw new Conflict("The scorecard was saved elsewhere since you loaded it (your version "
                        + draft.version() + ", current " + scorecard.version + "); reload it and apply your changes again");
            }
        }
        applyDraft(scorecard, draft);
        scorecard.bankVersion = bank.version();
        scorecard.updatedAt = Instant.now();
        if (!scorecard.isPersistent()) {
            scorecard.persist();
        }
        Scorecard.flush();
        ScorecardView after = ScorecardView.of(scorecard);
        audit.recordAbout(scorecard.interview.candidate.id, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                "Scorecard", scorecard.id,
                "Draft scorecard saved for interview " + interviewId, before, after);
        return after;
    }

    /**
     * Submits the draft the interviewer read: {@code expectedVersion} is its version. A draft saved since
     * (another tab, another device) is refused with 409 and kept as it is, so nobody submits content
     * other than what they last saw.
     */
    @Transactional
    public ScorecardView submit(long interviewId, long expectedVersion) {
        requireOwnInterview(interviewId);
        Scorecard scorecard = Scorecard.findByInterview(interviewId)
                .orElseThrow(() -> new Invalid("Save a draft before submitting",
                        List.of(new FieldError("ratings", "nothing has been rated yet"))));
        refuseIfSubmitted(scorecard);
        if (scorecard.version != expectedVersion) {
            throw new Conflict("The scorecard was saved elsewhere since the version you are submitting (your version "
                    + expectedVersion + ", current " + scorecard.version + "); reload it, check it and submit again");
        }
        ScorecardView before = ScorecardView.of(scorecard);
        List<FieldError> errors = SubmitRules.check(scorecard);
        if (!errors.isEmpty()) {
            throw new Invalid("The scorecard is not complete", errors);
        }
        // A conditional update, so two racing submits cannot both succeed: the loser matches no row.
        int updated = Scorecard.update("status = ?1, submittedAt = ?2, bankVersion = ?3, updatedAt = ?2,"
                + " version = version + 1 where id = ?4 and status = ?5 and version = ?6",
                ScorecardStatus.SUBMITTED, Instant.now(), bank.version(), scorecard.id, ScorecardStatus.DRAFT,
                expectedVersion);
        if (updated == 0) {
            throw new Conflict("The scorecard was submitted or changed meanwhile; reload it");
        }
        // The opening's rater model must be fitted again, on whichever instance reads it next.
        Opening.ratingsChanged(scorecard.interview.candidate.opening.id);
        Scorecard.getEntityManager().refresh(scorecard);
        ScorecardView after = ScorecardView.of(scorecard);
        audit.recordAbout(scorecard.interview.candidate.id, AuditAction.SUBMIT, "Scorecard", scorecard.id,
                "Scorecard submitted for interview " + interviewId,
                before, after);
        stages.enterDebriefWhenEveryScorecardIsIn(scorecard.interview.candidate);
        return after;
    }

    /** Others' scorecards on the candidate, under the matrix and the independence rule; the first look is recorded. */
    private void requireMayReadFeedback(Candidate candidate) {
        access.require(Permission.READ_SCORECARDS, candidate, "You may not read feedback on candidate " + candidate.id);
        feedbackViews.record(candidate.id);
    }

    private Interview requireOwnInterview(long interviewId) {
        Interview interview = InterviewService.require(interviewId);
        access.require(Permission.FILL_SCORECARD, interview,
                "Only the interviewer of interview " + interviewId + " fills its scorecard");
        return interview;
    }

    private static void refuseIfSubmitted(Scorecard scorecard) {
        if (scorecard.isSubmitted()) {
            throw new Conflict("The scorecard was submitted at " + scorecard.submittedAt
                    + " and can no longer change");
        }
    }

    private static void applyDraft(Scorecard scorecard, ScorecardDraft draft) {
        List<ScorecardDraft.RatingInput> inputs = draft.ratingsOrEmpty();
        Interview interview = scorecard.interview;
        Map<String, Trait> focus = interview.focusTraits.stream().collect(Collectors.toMap(t -> t.key, Function.identity()));
        Map<Long, Question> questions = Question.<Question>list("id in ?1", idsOf(inputs)).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        Map<String, TraitIndicator> flags = TraitIndicator.<TraitIndicator>list("code in ?1 and kind = ?2",
                        codesOf(inputs), IndicatorKind.RED_FLAG)
                .stream().collect(Collectors.toMap(i -> i.code, Function.identity()));

        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScorecardDraft.RatingInput input = inputs.get(i);
            String field = FieldPath.elementOf("ratings", input, i);
            Trait trait = focus.get(input.traitKey());
            if (trait == null) {
                errors.add(new FieldError(field + ".traitKey", "'" + input.traitKey() + "' is not a focus trait of this interview"));
                continue;
            }
            if (!seen.add(trait.key)) {
                errors.add(new FieldError(field + ".traitKey", "'" + trait.key + "' is rated twice"));
            }
            if (input.score() != null && input.noEvidence()) {
                errors.add(new FieldError(field + ".score", "choose a score or 'no evidence', not both"));
            }
            input.questionIdsOrEmpty().stream()
                    .filter(id -> !questions.containsKey(id) || !questions.get(id).trait.key.equals(trait.key))
                    .forEach(id -> errors.add(new FieldError(field + ".questionIds", "question " + id + " is not a question of this trait")));
            input.redFlagsOrEmpty().stream()
                    .filter(code -> !flags.containsKey(code) || !flags.get(code).trait.key.equals(trait.key))
                    .forEach(code -> errors.add(new FieldError(field + ".redFlags", "'" + code + "' is not a red flag of this trait")));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The scorecard has invalid ratings", errors);
        }

        scorecard.recommendation = draft.recommendation();
        scorecard.summary = blankToNull(draft.summary());
        Set<String> rated = inputs.stream().map(ScorecardDraft.RatingInput::traitKey).collect(Collectors.toSet());
        scorecard.ratings.removeIf(r -> !rated.contains(r.trait.key));
        for (ScorecardDraft.RatingInput input : inputs) {
            TraitRating rating = scorecard.rating(input.traitKey()).orElseGet(() -> {
                TraitRating added = new TraitRating();
                added.scorecard = scorecard;
                added.trait = focus.get(input.traitKey());
                scorecard.ratings.add(added);
                return added;
            });
            rating.score = input.score();
            rating.noEvidence = input.noEvidence();
            rating.evidence = blankToNull(input.evidence());
            rating.questionsAsked.clear();
            input.questionIdsOrEmpty().forEach(id -> rating.questionsAsked.add(questions.get(id)));
            rating.redFlags.clear();
            input.redFlagsOrEmpty().forEach(code -> rating.redFlags.add(flags.get(code)));
        }
    }

    private static List<Long> idsOf(List<ScorecardDraft.RatingInput> inputs) {
        List<Long> ids = inputs.stream().flatMap(r -> r.questionIdsOrEmpty().stream()).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static List<String> codesOf(List<ScorecardDraft.RatingInput> inputs) {
        List<String> codes = inputs.stream().flatMap(r -> r.redFlagsOrEmpty().stream()).toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
