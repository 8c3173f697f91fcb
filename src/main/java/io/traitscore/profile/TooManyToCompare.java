package io.traitscore.profile;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;

/** More candidates than one comparison shows: the page offers to pick some instead of an error page. */
public final class TooManyToCompare extends Invalid {

    TooManyToCompare(int most, int candidates) {
        super("Too many candidates to compare side by side", new FieldError("candidates", "pick at most " + most
                + " of the " + candidates + " candidates, or download the candidates export"));
    }
}
