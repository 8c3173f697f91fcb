package io.traitscore.catalog.bank;

import java.util.List;

/** The question bank cannot be loaded; the message names every file and problem found. */
public class QuestionBankException extends RuntimeException {

    private final List<String> problems;

    public QuestionBankException(List<String> problems) {
        super("The question bank is malformed:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
