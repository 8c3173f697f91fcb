package io.traitscore.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The two bodies of every message, from one letter: plain text and HTML (escaped by Qute). */
final class MailBodies {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letterText(Letter letter);

        static native TemplateInstance letterHtml(Letter letter, String subject);
    }

    private MailBodies() {
    }

    static String text(Letter letter) {
        return Templates.letterText(letter).render();
    }

    static String html(Letter letter, String subject) {
        return Templates.letterHtml(letter, subject).render();
    }
}
