package io.traitscore.mail;

import java.util.List;

/**
 * What a message says, before it is rendered into its plain-text and HTML bodies: a greeting, a few
 * sentences and links. By design it holds names, times and links only, never what anyone thought of a
 * candidate (no scores, evidence or recommendations).
 */
public record Letter(String greetingName, List<String> sentences, List<Link> links, String unsubscribeUrl) {

    public record Link(String label, String url) {
    }

    Letter withUnsubscribe(String url) {
        return new Letter(greetingName, sentences, links, url);
    }
}
