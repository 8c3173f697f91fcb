package io.traitscore.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import io.traitscore.catalog.bank.QuestionBankLoader;
import io.traitscore.coordination.StartupLock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with the demo opening, its users and scored interviews, so a new user can
 * log in and see every feature at once. Never touches a database that already has users.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "/demo/demo-data.yaml";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final DemoConfig config;
    private final DemoDataWriter writer;
    private final StartupLock startupLock;
    private volatile Optional<String> logins = Optional.empty();

    DemoDataLoader(DemoConfig config, DemoDataWriter writer, StartupLock startupLock) {
        this.config = config;
        this.writer = writer;
        this.startupLock = startupLock;
    }

    void onStart(@Observes @Priority(QuestionBankLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        DemoData data = read();
        // Under the start-up lock, so of instances starting together on an empty database exactly one loads it.
        startupLock.holding(() -> {
            if (writer.hasUsers()) {
                LOG.info("Demo data not loaded again: the database already has users");
            } else {
                writer.write(data);
                LOG.info("Demo data loaded");
            }
        });
        if (writer.demoUsersExist(data)) {
            logins = Optional.of(DemoLogins.describe(data));
        }
    }

    /** The demo logins to show once the application is up, while the demo accounts exist. */
    public Optional<String> logins() {
        return logins;
    }

    static DemoData read() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo data resource " + RESOURCE);
            }
            return YAML.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

}
