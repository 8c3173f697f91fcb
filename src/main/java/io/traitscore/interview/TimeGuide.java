package io.traitscore.interview;

/**
 * How to spend an interview: a few minutes to welcome the candidate, the same share for each focus
 * trait, and a few at the end for the candidate's own questions. Short interviews skip the welcome
 * and the close rather than squeeze the traits.
 *
 * @param welcomeMinutes  at the start, before the first trait
 * @param minutesPerTrait for each focus trait
 * @param closingMinutes  at the end, for the candidate's questions
 * @param traits          how many focus traits share the time
 */
public record TimeGuide(int welcomeMinutes, int minutesPerTrait, int closingMinutes, int traits) {

    /** Interviews at least this long keep 5 minutes at each end. */
    static final int ROOM_FOR_WELCOME_AND_CLOSE = 30;
    static final int WELCOME = 5;
    static final int CLOSE = 5;

    public static TimeGuide of(int durationMinutes, int traits) {
        if (traits <= 0) {
            return new TimeGuide(0, 0, 0, 0);
        }
        boolean room = durationMinutes >= ROOM_FOR_WELCOME_AND_CLOSE;
        int welcome = room ? WELCOME : 0;
        int close = room ? CLOSE : 0;
        int perTrait = (durationMinutes - welcome - close) / traits;
        // The minutes the even split leaves over go to the close, so the plan adds up to the interview.
        int spare = durationMinutes - welcome - close - perTrait * traits;
        return new TimeGuide(welcome, perTrait, close + spare, traits);
    }
}
