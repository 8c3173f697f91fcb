package io.traitscore.catalog.bank;

import jakarta.enterprise.context.ApplicationScoped;

/** The version (content hash) of the bank this instance loaded; recorded on every new scorecard. */
@ApplicationScoped
public class CurrentQuestionBank {

    private volatile String version;

    void set(String version) {
        this.version = version;
    }

    public String version() {
        if (version == null) {
            throw new IllegalStateException("The question bank has not been loaded yet");
        }
        return version;
    }
}
