package io.traitscore.catalog.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules one trait file must follow; each broken rule becomes a message naming the file. */
class TraitFileValidator {

    static final int MIN_BEHAVIORAL = 4;
    static final int MIN_SITUATIONAL = 1;
    static final int MIN_PROBES = 2;
    static final int MAX_PROBES = 3;

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.yaml");
    private static final Set<String> KINDS = Set.of("behavioral", "situational");

    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    TraitFileValidator(String fileName) {
        this.fileName = fileName;
    }

    List<String> validate(TraitFile trait) {
        if (trait == null) {
            problem("the file is empty");
            return problems;
        }
        checkIdentity(trait);
        text("name", trait.name(), 80);
        text("statement", trait.statement(), 600);
        if (trait.source() == null) {
            problem("'source' is missing");
        } else {
            text("source.article", trait.source().article(), 200);
            text("source.author", trait.source().author(), 100);
            if (trait.source().item() == null || !trait.source().item().equals(trait.number())) {
                problem("'source.item' must equal 'number' (" + trait.number() + ")");
            }
        }
        checkQuestions(trait);
        checkRubric(trait.rubric());
        checkIndicators(trait);
        return problems;
    }

    private void checkIdentity(TraitFile trait) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            problem("the file name must look like 'NN-trait-key.yaml'");
            return;
        }
        if (trait.key() == null || !trait.key().equals(matcher.group(2))) {
            problem("'key' must be '" + matcher.group(2) + "' to match the file name, found '" + trait.key() + "'");
        }
        if (trait.number() == null || trait.number() != Integer.parseInt(matcher.group(1))) {
            problem("'number' must be " + Integer.parseInt(matcher.group(1)) + " to match the file name, found " + trait.number());
        }
    }

    private void checkQuestions(TraitFile trait) {
        if (trait.questions() == null || trait.questions().isEmpty()) {
            problem("'questions' is missing or empty");
            return;
        }
        int behavioral = 0;
        int situational = 0;
        for (int i = 0; i < trait.questions().size(); i++) {
            TraitFile.QuestionEntry question = trait.questions().get(i);
            String where = "questions[" + i + "]";
            String kind = question.kind();
            if (!KINDS.contains(kind)) {
                problem(where + ".kind must be 'behavioral' or 'situational', found '" + kind + "'");
            } else if (kind.equals("behavioral")) {
                behavioral++;
            } else {
                situational++;
                text(where + ".source", question.source(), 200);
            }
            checkId(where + ".id", question.id(), trait.key(), kind == null ? "?" : kind.substring(0, 1));
            text(where + ".text", question.text(), 1000);
            int probes = question.probes() == null ? 0 : question.probes().size();
            if (probes < MIN_PROBES || probes > MAX_PROBES) {
                problem(where + " needs " + MIN_PROBES + " to " + MAX_PROBES + " probes, found " + probes);
            } else {
                for (int p = 0; p < probes; p++) {
                    text(where + ".probes[" + p + "]", question.probes().get(p), 600);
                }
            }
        }
        if (behavioral < MIN_BEHAVIORAL) {
            problem("needs at least " + MIN_BEHAVIORAL + " behavioral questions, found " + behavioral);
        }
        if (situational < MIN_SITUATIONAL) {
            problem("needs at least " + MIN_SITUATIONAL + " situational question, found " + situational);
        }
    }

    private void checkRubric(Map<Integer, String> rubric) {
        if (rubric == null) {
            problem("'rubric' is missing");
            return;
        }
        for (int level = 1; level <= 5; level++) {
            if (!rubric.containsKey(level)) {
                problem("rubric level " + level + " is missing (levels 1 to 5 are required)");
            } else {
                text("rubric." + level, rubric.get(level), 600);
            }
        }
        rubric.keySet().stream().filter(level -> level < 1 || level > 5)
                .forEach(level -> problem("rubric level " + level + " is outside 1 to 5"));
    }

    private void checkIndicators(TraitFile trait) {
        TraitFile.Indicators indicators = trait.indicators();
        if (indicators == null || indicators.positive() == null || indicators.redFlags() == null) {
            problem("'indicators' needs both 'positive' and 'red_flags' lists");
            return;
        }
        checkIndicatorList("indicators.positive", indicators.positive(), trait.key(), "p");
        checkIndicatorList("indicators.red_flags", indicators.redFlags(), trait.key(), "rf");
    }

    private void checkIndicatorList(String where, List<TraitFile.IndicatorEntry> entries, String key, String prefix) {
        if (entries.isEmpty()) {
            problem("'" + where + "' is empty");
        }
        for (int i = 0; i < entries.size(); i++) {
            checkId(where + "[" + i + "].id", entries.get(i).id(), key, prefix);
            text(where + "[" + i + "].text", entries.get(i).text(), 600);
        }
    }

    private void checkId(String where, String id, String key, String prefix) {
        if (id == null || !id.matches(Pattern.quote(String.valueOf(key)) + "\\." + prefix + "\\d+")) {
            problem(where + " must look like '" + key + "." + prefix + "<n>', found '" + id + "'");
        }
    }

    private void text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem("'" + field + "' is missing or blank");
        } else if (value.length() > maxLength) {
            problem("'" + field + "' is " + value.length() + " characters long, the limit is " + maxLength);
        }
    }

    private void problem(String message) {
        problems.add(fileName + ": " + message);
    }
}
