package io.traitscore.catalog.bank;

import java.util.List;

/** A validated question bank as read from disk: every trait file and the bank's content hash. */
public record QuestionBank(String version, List<Entry> traits) {

    /** One trait file together with the name it was read from. */
    public record Entry(String fileName, TraitFile trait) {
    }

    public int questionCount() {
        return traits.stream().mapToInt(t -> t.trait().questions().size()).sum();
    }
}
