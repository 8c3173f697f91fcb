package io.traitscore.catalog.bank;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Loads the question bank at start-up, before anything else reads it. A malformed bank throws,
 * which stops start-up: running with a half-loaded rubric would let people score against it.
 */
@ApplicationScoped
public class QuestionBankLoader {

    /** Runs before the demo data, which refers to the bank's traits and questions. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(QuestionBankLoader.class);

    private final QuestionBankConfig config;
    private final QuestionBankImporter importer;
    private final CurrentQuestionBank current;

    QuestionBankLoader(QuestionBankConfig config, QuestionBankImporter importer, CurrentQuestionBank current) {
        this.config = config;
        this.importer = importer;
        this.current = current;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        Path folder = Path.of(config.path()).toAbsolutePath().normalize();
        QuestionBank bank;
        try {
            bank = new QuestionBankReader().read(folder);
        } catch (QuestionBankException e) {
            LOG.errorf("Start-up stopped. %s", e.getMessage());
            throw e;
        }
        boolean changed = importer.importBank(bank);
        current.set(bank.version());
        LOG.infof("Question bank %s from %s: %d traits, %d questions (%s)", bank.version().substring(0, 12), folder,
                bank.traits().size(), bank.questionCount(), changed ? "loaded" : "already up to date");
    }
}
