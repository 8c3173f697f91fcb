package io.traitscore.document;

import java.util.List;

/** The documents page: whose documents they are, the documents, and what the reader may do with them. */
public record DocumentSheet(long candidateId, String candidateName, long openingId, String openingTitle,
        List<DocumentView> documents, boolean canManage, boolean canViewOpening, long maxBytes) {

    public String maxSize() {
        return DocumentView.sizeLabel(maxBytes);
    }
}
