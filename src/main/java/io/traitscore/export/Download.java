package io.traitscore.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file ready to send: its name, its media type and the body, written when the response goes out.
 * Plain values: the resource turns it into an HTTP response ({@link ExportResource#send}).
 */
public record Download(String fileName, String mediaType, Body body) {

    /** Writes the file; called once, as the response is sent, so large files stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
