package io.traitscore.interview;

import io.traitscore.catalog.TraitView;
import java.util.List;

/** What an interviewer takes into the room: the focus traits' questions, probes, rubric and indicators. */
public record InterviewKit(InterviewView interview, List<TraitView> traits) {
}
