package io.traitscore.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A file ready to send: its name, its media type and the body, written when the response goes out. */
public record Download(String fileName, String mediaType, StreamingOutput body) {

    public Response toResponse() {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ExportFileName.contentDisposition(fileName))
                // Reports carry candidates' personal data: no shared or browser cache keeps a copy.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
