package io.traitscore.candidate;

import java.util.Arrays;
import java.util.List;

/** Why a candidate left the pipeline: the short list the stage form offers, always with a written note. */
public enum StageReason {
    TRAITS_BELOW_BAR(CandidateStatus.REJECTED, "Traits below the bar"),
    ANOTHER_CANDIDATE_CHOSEN(CandidateStatus.REJECTED, "Another candidate was chosen"),
    REQUIREMENTS_NOT_MET(CandidateStatus.REJECTED, "Practical requirements not met"),
    REJECTED_OTHER(CandidateStatus.REJECTED, "Other reason"),
    ACCEPTED_OTHER_OFFER(CandidateStatus.WITHDRAWN, "Accepted another offer"),
    OFFER_DECLINED(CandidateStatus.WITHDRAWN, "Declined our offer"),
    NO_LONGER_INTERESTED(CandidateStatus.WITHDRAWN, "No longer interested"),
    WITHDRAWN_OTHER(CandidateStatus.WITHDRAWN, "Other reason");

    private final CandidateStatus stage;
    private final String text;

    StageReason(CandidateStatus stage, String text) {
        this.stage = stage;
        this.text = text;
    }

    public CandidateStatus stage() {
        return stage;
    }

    public String text() {
        return text;
    }

    public static List<StageReason> of(CandidateStatus stage) {
        return Arrays.stream(values()).filter(r -> r.stage == stage).toList();
    }
}
