package io.traitscore.outcome;

/** The thing asked for does not exist (or, for a candidate, was erased). */
public final class NotFound extends Refusal {

    /** @param what what was looked for, e.g. "Opening"; the message reads "Opening 12 does not exist" */
    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
