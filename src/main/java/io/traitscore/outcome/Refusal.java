package io.traitscore.outcome;

/**
 * Why a request was not carried out. Nothing was changed: every refusal is thrown before a write, or
 * rolls the transaction back. The message is a sentence for the person who asked.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, NotAllowed, Conflict, Invalid {

    protected Refusal(String message) {
        super(message);
    }
}
