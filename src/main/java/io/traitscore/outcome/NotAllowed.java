package io.traitscore.outcome;

/** The caller's role, or where the object lies outside their scope, does not allow this. */
public non-sealed class NotAllowed extends Refusal {

    public NotAllowed(String message) {
        super(message);
    }
}
