package io.traitscore.catalog.bank;

import io.quarkus.runtime.StartupEvent;
import io.traitscore.coordination.StartupLock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
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
    private final StartupLock startupLock;

    QuestionBankLoader(QuestionBankConfig config, QuestionBankImporter importer, CurrentQuestionBank current,
            StartupLock startupLock) {
        this.config = config;
        this.importer = importer;
        this.current = current;
        this.startupLock = startupLock;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        Optional<Path> folder = config.path().filter(p -> !p.isBlank()).map(p -> Path.of(p).toAbsolutePath().normalize());
        String source = folder.map(f -> "from " + f).orElse("bundled with the application");
        QuestionBank bank;
        try {
            QuestionBankReader reader = new QuestionBankReader();
            bank = folder.map(reader::read).orElseGet(reader::readBundled);
        } catch (QuestionBankException e) {
            LOG.errorf("Start-up stopped. %s", e.getMessage());
            throw e;
        }
        // Instances starting together on an empty or older bank import it one after the other: the second finds it loaded.
        boolean changed = startupLock.holding(() -> importer.importBank(bank));
        current.set(bank.version());
        LOG.infof("Question bank version %s, %s: %d traits, %d questions (%s)", bank.version().substring(0, 12), source,
                bank.traits().size(), bank.questionCount(), changed ? "loaded" : "already up to date");
    }
}
