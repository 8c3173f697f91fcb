package io.traitscore.opening;

import static io.traitscore.web.FormValues.all;
import static io.traitscore.web.FormValues.first;
import static io.traitscore.web.FormValues.parseInt;
import static io.traitscore.web.FormValues.parseLong;


import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The opening form as the person filled it in, kept as typed so a refused save re-renders it
 * unchanged. Field names: {@code trait} (assessed trait keys), {@code weight.<key>},
 * {@code mustHave} (keys), {@code focus} ({@code <interviewerId>:<traitKey>}). Messages name the fields as
 * the API does: {@code traits.<key>.weight}, {@code panel.<interviewerId>.focusTraits.<key>}.
 */
public class OpeningForm {

    static final int DEFAULT_WEIGHT = 2;

    public String title = "";
    public String team = "";
    public String description = "";
    public String status = OpeningStatus.OPEN.name();
    public String hiringManagerId = "";
    private final Set<String> selected = new LinkedHashSet<>();
    private final Map<String, String> weights = new HashMap<>();
    private final Set<String> mustHaves = new LinkedHashSet<>();
    private final Set<String> focus = new LinkedHashSet<>();

    public static OpeningForm empty() {
        return new OpeningForm();
    }

    public static OpeningForm of(OpeningView opening) {
        OpeningForm form = new OpeningForm();
        form.title = opening.title();
        form.team = opening.team();
        form.description = opening.description() == null ? "" : opening.description();
        form.status = opening.status().name();
        form.hiringManagerId = String.valueOf(opening.hiringManager().id());
        opening.traits().forEach(t -> {
            form.selected.add(t.traitKey());
            form.weights.put(t.traitKey(), String.valueOf(t.weight()));
            if (t.mustHave()) {
                form.mustHaves.add(t.traitKey());
            }
        });
        opening.panel().forEach(p -> p.focusTraits().forEach(key -> form.focus.add(p.interviewerId() + ":" + key)));
        return form;
    }

    public static OpeningForm parse(MultivaluedMap<String, String> fields) {
        OpeningForm form = new OpeningForm();
        form.title = first(fields, "title");
        form.team = first(fields, "team");
        form.description = first(fields, "description");
        form.status = first(fields, "status").isBlank() ? OpeningStatus.OPEN.name() : first(fields, "status");
        form.hiringManagerId = first(fields, "hiringManagerId");
        form.selected.addAll(all(fields, "trait"));
        form.selected.forEach(key -> form.weights.put(key, first(fields, "weight." + key)));
        form.mustHaves.addAll(all(fields, "mustHave"));
        form.focus.addAll(all(fields, "focus"));
        return form;
    }

    public OpeningRequest toRequest() {
        List<OpeningRequest.TraitWeight> traits = new ArrayList<>();
        selected.forEach(key -> traits.add(new OpeningRequest.TraitWeight(key, parseInt(weights.get(key)), mustHaves.contains(key))));
        Map<Long, List<String>> seats = new java.util.LinkedHashMap<>();
        for (String pair : focus) {
            String[] parts = pair.split(":", 2);
            Long interviewer = parts.length == 2 ? parseLong(parts[0]) : null;
            if (interviewer != null) {
                seats.computeIfAbsent(interviewer, id -> new ArrayList<>()).add(parts[1]);
            }
        }
        List<OpeningRequest.PanelSeat> panel = seats.entrySet().stream()
                .map(e -> new OpeningRequest.PanelSeat(e.getKey(), e.getValue())).toList();
        OpeningStatus openingStatus = "CLOSED".equals(status) ? OpeningStatus.CLOSED : OpeningStatus.OPEN;
        return new OpeningRequest(title, team, description, openingStatus, parseLong(hiringManagerId), traits, panel);
    }

    public boolean isSelected(String traitKey) {
        return selected.contains(traitKey);
    }

    public String weight(String traitKey) {
        String weight = weights.get(traitKey);
        return weight == null || weight.isBlank() ? String.valueOf(DEFAULT_WEIGHT) : weight;
    }

    public boolean isMustHave(String traitKey) {
        return mustHaves.contains(traitKey);
    }

    public boolean focuses(long interviewerId, String traitKey) {
        return focus.contains(interviewerId + ":" + traitKey);
    }

    /** How many interviewers focus on the trait in the form as it stands. */
    public int coverage(String traitKey) {
        return (int) focus.stream().filter(pair -> pair.endsWith(":" + traitKey)).count();
    }

    public boolean isManager(long userId) {
        return hiringManagerId.equals(String.valueOf(userId));
    }
}
