package io.traitscore.demo;

import java.util.List;

/** The shape of src/main/resources/demo/demo-data.yaml. */
record DemoData(String password, List<User> users, Opening opening, List<Candidate> candidates) {

    record User(String username, String name, String email, String role) {
    }

    record Opening(String title, String team, String description, String hiringManager, List<TraitWeight> traits,
            List<PanelSeat> panel) {
    }

    record TraitWeight(String trait, int weight, boolean mustHave) {
    }

    record PanelSeat(String interviewer, List<String> focus) {
    }

    record Candidate(String name, String email, String status, List<Interview> interviews) {
    }

    record Interview(String interviewer, int daysFromNow, int hour, Scorecard scorecard) {
    }

    record Scorecard(String status, String recommendation, String summary, List<Rating> ratings) {
    }

    record Rating(String trait, Integer score, boolean noEvidence, String evidence, List<String> questions,
            List<String> redFlags) {
    }
}
