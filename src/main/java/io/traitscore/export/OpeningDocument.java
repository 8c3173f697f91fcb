package io.traitscore.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.catalog.QuestionKind;
import io.traitscore.decision.EvidenceConflict;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.OpeningStatus;
import io.traitscore.outcome.FieldPath.Keyed;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The full JSON export of one opening, and what the import reads back. People are named by username,
 * traits by key, bank questions and red flags by code, so the document means the same in another
 * instance; ids are there for reference only. Import errors name list elements by these keys
 * ({@code traits.<key>}, {@code panel.<username>}, {@code candidates[2].interviews.<username>}). Profiles are computed figures: exported for readers,
 * ignored by the import (the imported ratings give the same profiles). Only submitted scorecards are
 * exported: drafts stay private to their authors.
 */
public record OpeningDocument(
        @NotBlank String format,
        int formatVersion,
        Instant exportedAt,
        String questionBankVersion,
        @NotNull @Valid Opening opening,
        @NotNull List<@Valid TraitWeight> traits,
        @NotNull List<@Valid PanelSeat> panel,
        @NotNull List<@Valid User> users,
        @NotNull List<@Valid Candidate> candidates) {

    public static final String FORMAT = "traitscore-opening";
    public static final int VERSION = 1;

    public record Opening(Long id, @NotBlank String title, @NotBlank String team, String description,
            @NotNull OpeningStatus status, @NotBlank String hiringManager, @NotNull List<String> sharedWith,
            @NotNull Instant createdAt) {
    }

    public record TraitWeight(@NotBlank String key, String name, int weight, boolean mustHave) implements Keyed {
        @Override
        public String pathKey() {
            return key;
        }
    }

    public record PanelSeat(@NotBlank String interviewer, @NotNull List<String> focusTraits) implements Keyed {
        @Override
        public String pathKey() {
            return interviewer;
        }
    }

    /** A staff member the opening refers to; created, inactive, where the importing instance lacks them. */
    public record User(@NotBlank String username, @NotBlank String displayName, String email, @NotNull Role role)
            implements Keyed {
        @Override
        public String pathKey() {
            return username;
        }
    }

    /**
     * A candidate. {@code timeline}, {@code decisions} and {@code resolvedRedFlags} may be left out (documents
     * written before they were exported): the import then starts the timeline where the candidate stands.
     */
    public record Candidate(Long id, @NotBlank String name, String email, @NotNull CandidateStatus status,
            @NotNull Instant createdAt, @NotNull Instant statusChangedAt, Instant decidedAt, Instant erasedAt,
            @NotNull List<@Valid Interview> interviews, List<@Valid StageMove> timeline,
            List<@Valid DecisionEntry> decisions, List<@Valid ResolvedRedFlag> resolvedRedFlags,
            CandidateProfile profile) {
    }

    /**
     * One entry of the candidate's timeline, oldest first. Stages and reasons are names (checked by the import,
     * so an unknown one is reported with its place); {@code from} is null for the first entry.
     */
    public record StageMove(String from, @NotBlank String to, String reason, String note, boolean debriefOverride,
            boolean automatic, @NotBlank String actor, @NotNull Instant changedAt) {
    }

    /**
     * A decision record, oldest first; every one but the last is {@code superseded}. Rationale and justification
     * are null once the candidate was erased; the snapshot and the conflicts stay as they were written.
     */
    public record DecisionEntry(Long id, String decision, String rationale, @NotNull List<String> citedTraits,
            boolean againstEvidence, @NotNull List<@NotNull EvidenceConflict> conflicts, String justification,
            @NotNull JsonNode snapshot, @NotNull List<String> questionBankVersions, @NotBlank String decidedBy,
            @NotNull Instant decidedAt, boolean superseded) {
    }

    /** A red flag the hiring manager marked resolved; the note is null once the candidate was erased. */
    public record ResolvedRedFlag(@NotBlank String trait, @NotBlank String code, String note,
            @NotBlank String resolvedBy, @NotNull Instant resolvedAt) implements Keyed {
        @Override
        public String pathKey() {
            return code;
        }
    }

    public record Interview(Long id, @NotBlank String interviewer, @NotNull Instant scheduledAt, int durationMinutes,
            @NotNull List<String> focusTraits, @NotNull Instant createdAt, @Valid Scorecard scorecard) implements Keyed {
        /** A candidate has one interview per interviewer. */
        @Override
        public String pathKey() {
            return interviewer;
        }
    }

    public record Scorecard(Long id, @NotNull ScorecardStatus status, Recommendation recommendation, String summary,
            @NotBlank String bankVersion, @NotNull Instant createdAt, @NotNull Instant updatedAt, Instant submittedAt,
            @NotNull List<@Valid Rating> ratings) {
    }

    public record Rating(@NotBlank String trait, Integer score, boolean noEvidence, String evidence,
            @NotNull List<@Valid Question> questionsAsked, @NotNull List<@Valid RedFlag> redFlags) implements Keyed {
        @Override
        public String pathKey() {
            return trait;
        }
    }

    /** A question asked: bank questions carry their code; custom ones are matched or recreated by text. */
    public record Question(Long id, String code, @NotBlank String trait, @NotNull QuestionKind kind,
            @NotBlank String text, boolean custom) implements Keyed {
        /** Custom questions have no code: they are named by position. */
        @Override
        public String pathKey() {
            return code;
        }
    }

    public record RedFlag(@NotBlank String code, String text) implements Keyed {
        @Override
        public String pathKey() {
            return code;
        }
    }
}
