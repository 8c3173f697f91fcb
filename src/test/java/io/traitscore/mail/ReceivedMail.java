package io.traitscore.mail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A message GreenMail received, read the way a mail client would: its parts by MIME type. */
record ReceivedMail(MimeMessage message) {

    static List<ReceivedMail> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::new)
                .filter(m -> m.recipients().contains(address)).toList();
    }

    List<String> recipients() {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String subject() {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String header(String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text the message carries (plain, HTML, calendar), for checks over all of it. */
    String allText() {
        StringBuilder all = new StringBuilder();
        parts(message).forEach(p -> all.append(read(p)).append('\n'));
        return all.toString();
    }

    Optional<Part> part(String mimeType) {
        return parts(message).stream().filter(p -> {
            try {
                return p.isMimeType(mimeType);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst();
    }

    String contentType(Part part) {
        try {
            return part.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar part parsed by an iCalendar library, with its raw text. */
    Calendar calendar() {
        Part part = part("text/calendar").orElseThrow(() -> new AssertionError("no text/calendar part in " + subject()));
        String raw = read(part);
        return new Calendar(Biweekly.parse(raw).first(), raw, contentType(part));
    }

    record Calendar(ICalendar parsed, String raw, String contentType) {
    }

    private static List<Part> parts(Part part) {
        List<Part> found = new ArrayList<>();
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    found.addAll(parts(body));
                }
            } else {
                found.add(part);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    static String read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
