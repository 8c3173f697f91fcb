package io.traitscore.export;

import io.traitscore.scorecard.ratings.FlatRating;
import java.util.Arrays;
import java.util.List;

/** The columns of the ratings export (CSV and the XLSX Ratings sheet), one row per submitted rating. */
final class RatingColumns {

    static final List<String> HEADERS = List.of("Opening ID", "Opening", "Candidate ID", "Candidate",
            "Candidate status", "Interviewer", "Interviewer username", "Trait key", "Trait", "Score", "No evidence",
            "Notes", "Recommendation", "Interview at (UTC)", "Submitted at (UTC)", "Bank version");
    static final int SCORE = HEADERS.indexOf("Score");
    static final int NOTES = HEADERS.indexOf("Notes");
    static final int INTERVIEW_AT = HEADERS.indexOf("Interview at (UTC)");
    static final int SUBMITTED_AT = HEADERS.indexOf("Submitted at (UTC)");

    private RatingColumns() {
    }

    /** The row's cells in header order; the score is empty for "no evidence". */
    static List<Object> values(FlatRating r) {
        return Arrays.asList(r.openingId(), r.openingTitle(), r.candidateId(), r.candidateName(),
                r.candidateStatus().name(), r.interviewerName(), r.interviewerUsername(), r.traitKey(), r.traitName(),
                r.score(), ExportTable.yesNo(r.noEvidence()), r.notes(),
                r.recommendation() == null ? null : r.recommendation().name(), r.interviewAt(), r.submittedAt(),
                r.bankVersion());
    }
}
