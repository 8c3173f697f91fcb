package io.traitscore.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load's client-side log: every write the application acknowledged (a 2xx answer), and every scorecard
 * save attempted, by the version it would produce. {@link #check} compares it with what the application
 * serves, after a restart: a write acknowledged but missing (or older, or without its audit entry) is lost;
 * a write found twice (two audit entries for one scorecard version, two submits, a candidate twice) is duplicated.
 */
final class AcknowledgedWrites {

    /** The outcome of a check: what was acknowledged, and what of it was lost or duplicated. */
    record Count(int acknowledged, int candidates, int interviews, int saves, int submits, int lost, int duplicated,
            List<String> problems) {

        @Override
        public String toString() {
            return acknowledged + " acknowledged writes (" + candidates + " candidates, " + interviews + " interviews, "
                    + saves + " scorecard saves, " + submits + " submits): lost " + lost + ", duplicated " + duplicated;
        }
    }

    /** An interview the load writes to, as far as the client knows. */
    static final class Tracked {
        final long interviewId;
        final String interviewer;
        volatile long scorecardId = -1;
        /** The highest version a save answered with, -1 before the first. */
        volatile long acknowledgedVersion = -1;
        /** The version a submit answered with, -1 while not acknowledged. */
        volatile long submittedVersion = -1;
        /** The summary each attempted save would leave at each version. */
        final Map<Long, String> attempts = new ConcurrentHashMap<>();
        final List<Long> acknowledgedSaves = java.util.Collections.synchronizedList(new ArrayList<>());

        Tracked(long interviewId, String interviewer) {
            this.interviewId = interviewId;
            this.interviewer = interviewer;
        }
    }

    private final Map<Long, String> candidates = new ConcurrentHashMap<>();
    private final Map<Long, Tracked> interviews = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger submits = new AtomicInteger();

    void candidateCreated(long id, String name) {
        candidates.put(id, name);
    }

    Tracked interviewScheduled(long id, String interviewer) {
        Tracked tracked = new Tracked(id, interviewer);
        interviews.put(id, tracked);
        return tracked;
    }

    void saved(Tracked interview, long scorecardId, long version) {
        interview.scorecardId = scorecardId;
        interview.acknowledgedVersion = Math.max(interview.acknowledgedVersion, version);
        interview.acknowledgedSaves.add(version);
        saves.incrementAndGet();
    }

    void submitted(Tracked interview, long version) {
        interview.submittedVersion = version;
        submits.incrementAndGet();
    }

    /** Scorecard saves and submits acknowledged so far. */
    int scorecardWrites() {
        return saves.get() + submits.get();
    }

    /** Compares the log with the application at the given address (which must be up). */
    Count check(String baseUrl, long openingId) {
        List<String> problems = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;

        Map<String, Integer> namesStored = new HashMap<>();
        // The list comes a page at a time: read pages until one comes back short.
        for (int page = 0; ; page++) {
            JsonNode candidates = JsonApi.read(baseUrl, "hmorgan",
                    "/api/openings/" + openingId + "/candidates?size=200&page=" + page);
            for (JsonNode candidate : candidates) {
                namesStored.merge(candidate.get("name").asText(), 1, Integer::sum);
            }
            if (candidates.size() < 200) {
                break;
            }
        }
        for (Map.Entry<Long, String> candidate : candidates.entrySet()) {
            int stored = namesStored.getOrDefault(candidate.getValue(), 0);
            if (stored == 0) {
                lost++;
                problems.add("candidate " + candidate.getKey() + " (" + candidate.getValue() + ") is missing");
            } else if (stored > 1) {
                duplicated++;
                problems.add("candidate " + candidate.getValue() + " is stored " + stored + " times");
            }
        }

        Map<String, Integer> auditedVersions = new HashMap<>();
        Map<String, Integer> auditedSubmits = new HashMap<>();
        auditOfScorecards(baseUrl, auditedVersions, auditedSubmits);
        for (Map.Entry<String, Integer> entry : auditedVersions.entrySet()) {
            if (entry.getValue() > 1) {
                duplicated++;
                problems.add("scorecard version " + entry.getKey() + " is audited " + entry.getValue() + " times");
            }
        }
        for (Map.Entry<String, Integer> entry : auditedSubmits.entrySet()) {
            if (entry.getValue() > 1) {
                duplicated++;
                problems.add("scorecard " + entry.getKey() + " is audited as submitted " + entry.getValue() + " times");
            }
        }

        for (Tracked interview : interviews.values()) {
            String where = "interview " + interview.interviewId + " (" + interview.interviewer + ")";
            JsonApi.Answer scorecard;
            try {
                scorecard = JsonApi.get(baseUrl, interview.interviewer, "/api/interviews/" + interview.interviewId + "/scorecard");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (scorecard.status() == 404 && interview.acknowledgedVersion < 0) {
                JsonApi.Answer scheduled;
                try {
                    scheduled = JsonApi.get(baseUrl, "hmorgan", "/api/interviews/" + interview.interviewId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (scheduled.status() != 200) {
                    lost++;
                    problems.add(where + " is missing: " + scheduled.status());
                }
                continue;
            }
            if (scorecard.status() != 200) {
                lost++;
                problems.add(where + ": its acknowledged scorecard answers " + scorecard.status());
                continue;
            }
            long version = scorecard.body().get("version").asLong();
            boolean submitted = "SUBMITTED".equals(scorecard.body().get("status").asText());
            String summary = scorecard.body().path("summary").asText(null);
            if (version < interview.acknowledgedVersion) {
                lost++;
                problems.add(where + ": version " + version + " is older than the acknowledged " + interview.acknowledgedVersion);
            }
            if (interview.submittedVersion >= 0 && !submitted) {
                lost++;
                problems.add(where + ": acknowledged as submitted (version " + interview.submittedVersion + ") but is a draft");
            }
            // The content must be what the save that produced the stored version sent (a submit adds one to it).
            String expected = interview.attempts.get(submitted ? version - 1 : version);
            if (expected == null || !expected.equals(summary)) {
                lost++;
                problems.add(where + ": version " + version + " holds '" + summary + "', the client's save of it sent '"
                        + expected + "'");
            }
            for (long saved : interview.acknowledgedSaves) {
                if (!auditedVersions.containsKey(interview.scorecardId + "@" + saved)) {
                    lost++;
                    problems.add(where + ": the acknowledged save of version " + saved + " has no audit entry");
                }
            }
            if (interview.submittedVersion >= 0 && !auditedSubmits.containsKey(String.valueOf(interview.scorecardId))) {
                lost++;
                problems.add(where + ": the acknowledged submit has no audit entry");
            }
        }
        int interviewCount = interviews.size();
        int acknowledged = candidates.size() + interviewCount + saves.get() + submits.get();
        return new Count(acknowledged, candidates.size(), interviewCount, saves.get(), submits.get(), lost, duplicated,
                problems.size() > 20 ? problems.subList(0, 20) : problems);
    }

    /** Every scorecard audit entry: saves keyed "scorecardId@version" (the version after the save), and submits. */
    private static void auditOfScorecards(String baseUrl, Map<String, Integer> versions, Map<String, Integer> submits) {
        for (int page = 0; ; page++) {
            JsonNode result = JsonApi.read(baseUrl, "admin", "/api/audit?entityType=Scorecard&size=200&page=" + page);
            for (JsonNode event : result.get("events")) {
                String action = event.get("action").asText();
                if (action.equals("SUBMIT")) {
                    submits.merge(event.get("entityId").asText(), 1, Integer::sum);
                } else if (action.equals("CREATE") || action.equals("UPDATE")) {
                    try {
                        long version = JsonApi.JSON.readTree(event.get("after").asText()).get("version").asLong();
                        versions.merge(event.get("entityId").asText() + "@" + version, 1, Integer::sum);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            if (result.get("events").size() < 200) {
                return;
            }
        }
    }
}
