package io.traitscore.export;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageReason;
import io.traitscore.candidate.StageRequest;
import io.traitscore.decision.Decision;
import io.traitscore.decision.DecisionRequest;
import io.traitscore.debrief.ResolveRedFlagRequest;
import io.traitscore.decision.EvidenceConflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.security.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of {@link OpeningImportCheck} for a candidate's pipeline: the timeline, the decision records and the
 * resolved red flags, checked by the rules the stage, decision and debrief APIs apply. An erased candidate's
 * records must be as erasure left them: no free text, and no decision recorded after the erasure.
 */
final class PipelineImportCheck {

    /** Applies one constraint of an API request record to a value of the document. */
    interface Rule {
        void apply(Class<?> api, String property, Object value, String field, List<FieldError> errors);
    }

    private final Rule rule;
    private final Map<String, Role> roles;
    private final Set<String> traits;
    private final List<FieldError> errors;

    PipelineImportCheck(Rule rule, Map<String, Role> roles, Set<String> traits, List<FieldError> errors) {
        this.rule = rule;
        this.roles = roles;
        this.traits = traits;
        this.errors = errors;
    }

    void candidate(String at, OpeningDocument.Candidate candidate) {
        boolean erased = candidate.erasedAt() != null;
        List<OpeningDocument.StageMove> timeline = candidate.timeline() == null ? List.of() : candidate.timeline();
        timeline(at + ".timeline", candidate, timeline, erased);
        decisions(at + ".decisions", candidate, timeline, erased);
        resolvedRedFlags(at + ".resolvedRedFlags", candidate, erased);
    }

    private void timeline(String at, OpeningDocument.Candidate candidate, List<OpeningDocument.StageMove> timeline,
            boolean erased) {
        CandidateStatus stageBefore = null;
        Instant before = null;
        for (int m = 0; m < timeline.size(); m++) {
            OpeningDocument.StageMove move = timeline.get(m);
            String field = FieldPath.position(at, m);
            CandidateStatus from = stage(field + ".from", move.from(), true);
            CandidateStatus to = stage(field + ".to", move.to(), false);
            OpeningImportCheck.time(field + ".changedAt", move.changedAt(), errors);
            if (before != null && move.changedAt() != null && move.changedAt().isBefore(before)) {
                errors.add(new FieldError(field + ".changedAt", "the timeline is listed oldest first; this move is"
                        + " older than the one before it"));
            }
            before = move.changedAt() == null ? before : move.changedAt();
            if (move.actor() != null && move.actor().length() > 60) {
                errors.add(new FieldError(field + ".actor", "must be at most 60 characters"));
            }
            if (m == 0 && move.from() != null) {
                errors.add(new FieldError(field + ".from", "the timeline starts where the candidate first stood:"
                        + " the first entry has no 'from'"));
            } else if (m > 0 && stageBefore != null && from != stageBefore && (move.from() == null || from != null)) {
                errors.add(new FieldError(field + ".from", "must be " + stageBefore + ", where the entry before left"
                        + " the candidate"));
            } else if (from != null && to != null && !from.mayMoveTo(to)) {
                errors.add(new FieldError(field + ".to", "a candidate cannot move from " + from + " to " + to));
            }
            stageBefore = to;
            reasonAndNote(field, move, to, erased);
            if (move.debriefOverride() && to != CandidateStatus.DEBRIEF) {
                errors.add(new FieldError(field + ".debriefOverride", "only a move to DEBRIEF opens the debrief early"));
            }
            if (move.automatic() && (from != CandidateStatus.INTERVIEWING || to != CandidateStatus.DEBRIEF)) {
                errors.add(new FieldError(field + ".automatic", "the only automatic move is from INTERVIEWING to"
                        + " DEBRIEF, when the last scheduled scorecard comes in"));
            }
        }
        if (stageBefore != null && candidate.status() != null && stageBefore != candidate.status()) {
            errors.add(new FieldError(at, "ends in " + stageBefore + ", but the candidate's status is "
                    + candidate.status()));
        }
    }

    private void reasonAndNote(String field, OpeningDocument.StageMove move, CandidateStatus to, boolean erased) {
        StageReason reason = null;
        if (move.reason() != null) {
            try {
                reason = StageReason.valueOf(move.reason());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".reason", "unknown reason '" + move.reason() + "'"));
            }
        }
        if (to == null) {
            return;
        }
        if (to.needsReason()) {
            if (move.reason() == null) {
                errors.add(new FieldError(field + ".reason", "a move to " + to + " needs one of " + StageReason.of(to)
                        .stream().map(Enum::name).collect(Collectors.joining(", "))));
            } else if (reason != null && reason.stage() != to) {
                errors.add(new FieldError(field + ".reason", reason + " is a reason for " + reason.stage() + ", not for "
                        + to));
            }
            if (!erased && (move.note() == null || move.note().isBlank())) {
                errors.add(new FieldError(field + ".note", "must say in a few words why the candidate is "
                        + to.name().toLowerCase()));
            }
        } else if (move.reason() != null) {
            errors.add(new FieldError(field + ".reason", "is only given for REJECTED or WITHDRAWN"));
        }
        if (erased) {
            noText(field + ".note", move.note());
        } else {
            rule.apply(StageRequest.class, "note", move.note(), field + ".note", errors);
        }
    }

    private void decisions(String at, OpeningDocument.Candidate candidate, List<OpeningDocument.StageMove> timeline,
            boolean erased) {
        List<OpeningDocument.DecisionEntry> decisions = candidate.decisions() == null ? List.of() : candidate.decisions();
        Instant debriefOpened = timeline.stream().filter(m -> CandidateStatus.DEBRIEF.name().equals(m.to()))
                .map(OpeningDocument.StageMove::changedAt).filter(t -> t != null).findFirst().orElse(null);
        Instant before = null;
        for (int d = 0; d < decisions.size(); d++) {
            OpeningDocument.DecisionEntry entry = decisions.get(d);
            String field = FieldPath.position(at, d);
            if (entry.decision() == null || !isDecision(entry.decision())) {
                errors.add(new FieldError(field + ".decision", "must be HIRE, NO_HIRE or HOLD"));
            }
            if (erased) {
                noText(field + ".rationale", entry.rationale());
                noText(field + ".justification", entry.justification());
                if (entry.decidedAt() != null && entry.decidedAt().isAfter(candidate.erasedAt())) {
                    errors.add(new FieldError(field + ".decidedAt", "the candidate was erased at " + candidate.erasedAt()
                            + ": no decision can be recorded on them after that"));
                }
            } else {
                rule.apply(DecisionRequest.class, "rationale", entry.rationale(), field + ".rationale", errors);
                rule.apply(DecisionRequest.class, "justification", entry.justification(), field + ".justification", errors);
                if (entry.againstEvidence() && (entry.justification() == null || entry.justification().isBlank())) {
                    errors.add(new FieldError(field + ".justification", "a decision against the evidence must say why"
                            + " it was taken anyway"));
                }
            }
            if (entry.againstEvidence() == entry.conflicts().isEmpty()) {
                errors.add(new FieldError(field + ".againstEvidence", entry.againstEvidence()
                        ? "a decision against the evidence names its conflicts" : "a decision with conflicts is marked"
                                + " against the evidence"));
            }
            if (!entry.againstEvidence() && entry.justification() != null) {
                errors.add(new FieldError(field + ".justification", "only a decision against the evidence has one"));
            }
            rule.apply(DecisionRequest.class, "citedTraits", entry.citedTraits(), field + ".citedTraits", errors);
            for (String key : entry.citedTraits()) {
                if (!traits.contains(key)) {
                    errors.add(new FieldError(FieldPath.element(field + ".citedTraits", key), "'" + key
                            + "' is not a trait of this opening"));
                }
            }
            for (int c = 0; c < entry.conflicts().size(); c++) {
                EvidenceConflict conflict = entry.conflicts().get(c);
                if (conflict.kind() == null || conflict.text() == null || conflict.text().isBlank()) {
                    errors.add(new FieldError(FieldPath.position(field + ".conflicts", c), "names its kind and its text"));
                } else if (conflict.traitKey() != null && !traits.contains(conflict.traitKey())) {
                    errors.add(new FieldError(FieldPath.position(field + ".conflicts", c) + ".traitKey", "'"
                            + conflict.traitKey() + "' is not a trait of this opening"));
                }
            }
            if (!entry.snapshot().isObject()) {
                errors.add(new FieldError(field + ".snapshot", "must be the figures the decision was based on (an object)"));
            }
            if (String.join(",", entry.questionBankVersions()).length() > 400) {
                errors.add(new FieldError(field + ".questionBankVersions", "must be at most 400 characters together"));
            }
            if (OpeningImportCheck.listed(field + ".decidedBy", entry.decidedBy(), roles, errors)
                    && !roles.get(entry.decidedBy()).ownsOpenings() && roles.get(entry.decidedBy()) != Role.ADMIN) {
                errors.add(new FieldError(field + ".decidedBy", "'" + entry.decidedBy() + "' is "
                        + roles.get(entry.decidedBy()) + " here: hiring managers and administrators decide"));
            }
            OpeningImportCheck.time(field + ".decidedAt", entry.decidedAt(), errors);
            if (debriefOpened == null || entry.decidedAt() != null && entry.decidedAt().isBefore(debriefOpened)) {
                errors.add(new FieldError(field + ".decidedAt", "decisions are recorded in debrief; the timeline has the"
                        + " candidate in debrief " + (debriefOpened == null ? "never" : "only from " + debriefOpened)));
            }
            if (before != null && entry.decidedAt() != null && entry.decidedAt().isBefore(before)) {
                errors.add(new FieldError(field + ".decidedAt", "decisions are listed oldest first"));
            }
            before = entry.decidedAt() == null ? before : entry.decidedAt();
            boolean last = d == decisions.size() - 1;
            if (entry.superseded() == last) {
                errors.add(new FieldError(field + ".superseded", last ? "the latest decision is the current one"
                        : "each decision but the latest was replaced by the next"));
            }
        }
    }

    private void resolvedRedFlags(String at, OpeningDocument.Candidate candidate, boolean erased) {
        List<OpeningDocument.ResolvedRedFlag> resolved = candidate.resolvedRedFlags() == null ? List.of()
                : candidate.resolvedRedFlags();
        Set<String> noticed = candidate.interviews().stream().map(OpeningDocument.Interview::scorecard)
                .filter(s -> s != null).flatMap(s -> s.ratings().stream())
                .flatMap(r -> r.redFlags().stream().map(f -> r.trait() + "/" + f.code())).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < resolved.size(); f++) {
            OpeningDocument.ResolvedRedFlag flag = resolved.get(f);
            String field = FieldPath.elementOf(at, flag, f);
            if (!noticed.contains(flag.trait() + "/" + flag.code())) {
                errors.add(new FieldError(field + ".code", "no interviewer noticed the red flag '" + flag.code() + "' on "
                        + flag.trait() + " for this candidate"));
            }
            if (!seen.add(flag.code())) {
                errors.add(new FieldError(field + ".code", "the red flag '" + flag.code() + "' is resolved twice"));
            }
            if (erased) {
                noText(field + ".note", flag.note());
            } else {
                rule.apply(ResolveRedFlagRequest.class, "note", flag.note(), field + ".note", errors);
            }
            if (OpeningImportCheck.listed(field + ".resolvedBy", flag.resolvedBy(), roles, errors)
                    && !roles.get(flag.resolvedBy()).ownsOpenings() && roles.get(flag.resolvedBy()) != Role.ADMIN) {
                errors.add(new FieldError(field + ".resolvedBy", "'" + flag.resolvedBy() + "' is "
                        + roles.get(flag.resolvedBy()) + " here: hiring managers and administrators resolve red flags"));
            }
            OpeningImportCheck.time(field + ".resolvedAt", flag.resolvedAt(), errors);
        }
    }

    private CandidateStatus stage(String field, String name, boolean optional) {
        if (name == null) {
            if (!optional) {
                errors.add(new FieldError(field, "must name a stage"));
            }
            return null;
        }
        try {
            return CandidateStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown stage '" + name + "'; the stages are " + Arrays.stream(CandidateStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static boolean isDecision(String name) {
        return Arrays.stream(Decision.values()).anyMatch(d -> d.name().equals(name));
    }

    private void noText(String field, String text) {
        if (text != null) {
            errors.add(new FieldError(field, "the candidate was erased: their records carry no written text"));
        }
    }
}
