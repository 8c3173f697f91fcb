package io.traitscore.candidate;

/** Interviews planned and scorecards submitted for one candidate; built by a grouped query. */
public record CandidateProgress(long candidateId, long interviews, long submitted) {

    public static final CandidateProgress NONE = new CandidateProgress(0, 0, 0);

    /** Counts every candidate of an opening (or one candidate) in one grouped query. */
    static final String QUERY = """
            select new io.traitscore.candidate.CandidateProgress(i.candidate.id, count(i), count(s))
            from Interview i left join Scorecard s on s.interview = i and s.status = :submitted
            where %s group by i.candidate.id""";
}
