package io.traitscore.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import io.traitscore.catalog.bank.QuestionBankLoader;
import io.traitscore.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final int port;

    DemoDataLoader(DemoConfig config, DemoDataWriter writer,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.config = config;
        this.writer = writer;
        this.port = port;
    }

    void onStart(@Observes @Priority(QuestionBankLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        DemoData data = read();
        if (writer.hasUsers()) {
            LOG.info("Demo data not loaded again: the database already has users");
        } else {
            writer.write(data);
            LOG.info("Demo data loaded");
        }
        if (writer.demoUsersExist(data)) {
            LOG.infof("traitscore is ready at http://localhost:%d - demo logins (password '%s'): %s", port,
                    data.password(), Arrays.stream(Role.values())
                            .map(role -> username(data, role.name()) + " (" + role.label() + ")")
                            .collect(Collectors.joining(", ")));
        }
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

    private static String username(DemoData data, String role) {
        return data.users().stream().filter(u -> u.role().equals(role)).map(DemoData.User::username).findFirst().orElse("-");
    }
}
