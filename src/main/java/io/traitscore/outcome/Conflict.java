package io.traitscore.outcome;

/** The request clashes with what is stored: already submitted, changed meanwhile, taken. */
public non-sealed class Conflict extends Refusal {

    public Conflict(String message) {
        super(message);
    }
}
