package io.traitscore.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void recognisesTheThreeKindsFromTheirBytes() {
        assertThat(DocumentType.detect(SampleFiles.PDF)).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(SampleFiles.docx())).contains(DocumentType.DOCX);
        assertThat(DocumentType.detect(SampleFiles.TEXT)).contains(DocumentType.TEXT);
    }

    @Test
    void refusesWhatIsNoneOfThem() {
        assertThat(DocumentType.detect(SampleFiles.PNG)).as("a picture").isEmpty();
        assertThat(DocumentType.detect(SampleFiles.zip("xl/workbook.xml", "[Content_Types].xml"))).as("a spreadsheet").isEmpty();
        assertThat(DocumentType.detect("plain\0text".getBytes(StandardCharsets.UTF_8))).as("text with a NUL").isEmpty();
        assertThat(DocumentType.detect(new byte[] { 'a', (byte) 0xC3, 0x28 })).as("broken UTF-8").isEmpty();
        assertThat(DocumentType.detect("Ol\u00e9".getBytes(StandardCharsets.ISO_8859_1))).as("Latin-1, not UTF-8").isEmpty();
    }

    @Test
    void aZipThatOnlyNamesTheWordBodyInsideAnotherEntrysContentIsNotADocx() {
        byte[] zip = SampleFiles.zip("notes.txt");
        // The text "word/document.xml" inside an entry's data is not an entry of the directory.
        byte[] withText = SampleFiles.zip("word/document.xml.bak");
        assertThat(DocumentType.detect(zip)).isEmpty();
        assertThat(DocumentType.detect(withText)).isEmpty();
    }

    @Test
    void aTruncatedZipIsRefusedNotFailed() {
        byte[] docx = SampleFiles.docx();
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThat(DocumentType.detect(cut)).isEmpty();
    }

    @Test
    void theStoredNameKeepsTheLastPartAndGetsTheDetectedExtension() {
        assertThat(DocumentService.cleanName("C:\\Users\\zoe\\CV Zoë.pdf", DocumentType.PDF)).isEqualTo("CV Zoë.pdf");
        assertThat(DocumentService.cleanName("../../etc/cv.PDF", DocumentType.PDF)).isEqualTo("cv.PDF");
        assertThat(DocumentService.cleanName("photo.pdf", DocumentType.TEXT)).isEqualTo("photo.pdf.txt");
        assertThat(DocumentService.cleanName("a\"b\u0007.docx", DocumentType.DOCX)).isEqualTo("ab.docx");
        assertThat(DocumentService.cleanName("", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentService.cleanName("x".repeat(300), DocumentType.PDF)).hasSize(200).endsWith(".pdf");
    }
}
