package io.traitscore.scorecard;

/**
 * The optional body of a submit: the version of the draft the interviewer read and means to submit,
 * for clients that cannot send an If-Match header (the header is the usual way).
 */
public record SubmitRequest(Long version) {
}
