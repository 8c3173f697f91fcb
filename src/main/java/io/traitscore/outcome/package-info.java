/**
 * What can go wrong, in the domain's words: something does not exist ({@link io.traitscore.outcome.NotFound}),
 * the caller may not do it ({@link io.traitscore.outcome.NotAllowed}), it clashes with what is stored
 * ({@link io.traitscore.outcome.Conflict}), or the input breaks a rule ({@link io.traitscore.outcome.Invalid},
 * with a message per field) or cannot be read at all ({@link io.traitscore.outcome.Malformed}).
 *
 * <p>Why a package of its own: services, queries and calculators throw these and know nothing of HTTP;
 * only the edges translate them, once: {@code web.ErrorResponses} into RFC 9457 problem bodies and error
 * pages, and each page into its own reaction (a form shown again, a friendlier page). A page therefore
 * reacts to the kind of outcome, never to a status code, and changing a status changes no page.
 * This package depends on nothing else in the application, so every package may use it.
 */
package io.traitscore.outcome;
