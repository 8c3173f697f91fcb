package io.traitscore.catalog;

import java.util.List;

/** A trait as the API and pages show it: statement, source, rubric, questions and indicators. */
public record TraitView(
        String key,
        int number,
        String name,
        String statement,
        Source source,
        List<RubricLevelView> rubric,
        List<QuestionView> questions,
        List<IndicatorView> positiveIndicators,
        List<IndicatorView> redFlags) {

    public record Source(String title, String author, int item, String bankFile) {
    }

    public record RubricLevelView(int level, String anchor) {
    }

    public record IndicatorView(String code, String text) {
        static IndicatorView of(TraitIndicator indicator) {
            return new IndicatorView(indicator.code, indicator.text);
        }
    }

    static TraitView of(Trait trait, List<Question> questions, List<TraitIndicator> indicators) {
        return new TraitView(trait.key, trait.articleNumber, trait.name, trait.statement,
                new Source(trait.sourceTitle, trait.sourceAuthor, trait.articleNumber, trait.bankFile),
                trait.rubric.stream().map(r -> new RubricLevelView(r.level, r.anchor)).toList(),
                questions.stream().map(QuestionView::of).toList(),
                indicators.stream().filter(i -> i.kind == IndicatorKind.POSITIVE).map(IndicatorView::of).toList(),
                indicators.stream().filter(i -> i.kind == IndicatorKind.RED_FLAG).map(IndicatorView::of).toList());
    }
}
