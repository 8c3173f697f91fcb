package io.traitscore.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a candidate may have, recognised from the bytes alone: a name or a declared type
 * says nothing (a picture renamed "cv.pdf" is still a picture). A PDF starts with "%PDF-"; a Word document
 * (DOCX) is a ZIP archive whose directory lists word/document.xml; plain text is valid UTF-8 without NUL
 * characters.
 */
public enum DocumentType {

    PDF("application/pdf", ".pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document"),
    TEXT("text/plain; charset=UTF-8", ".txt", "Text");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] DOCX_BODY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private final String mediaType;
    private final String extension;
    private final String label;

    DocumentType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    static DocumentType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst().orElse(TEXT);
    }

    /** What the content is, or empty when it is none of the accepted kinds. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return isWordDocument(content) ? Optional.of(DOCX) : Optional.empty();
        }
        return isUtf8Text(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Reads the ZIP's central directory (names only, nothing is decompressed, so a ZIP bomb costs nothing) and
     * looks for word/document.xml. The directory's end record is within the last 64 KB + 22 bytes.
     */
    private static boolean isWordDocument(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (buffer.getInt(i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long position = Integer.toUnsignedLong(buffer.getInt(end + 16));
        for (int n = 0; n < entries; n++) {
            if (position + 46 > zip.length || buffer.getInt((int) position) != DIRECTORY_ENTRY) {
                return false;
            }
            int p = (int) position;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46 + nameLength > zip.length) {
                return false;
            }
            if (nameLength == DOCX_BODY.length && Arrays.equals(zip, p + 46, p + 46 + nameLength, DOCX_BODY, 0, nameLength)) {
                return true;
            }
            position += 46L + nameLength + extraLength + commentLength;
        }
        return false;
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
