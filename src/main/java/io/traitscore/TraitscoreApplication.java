package io.traitscore;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.traitscore.demo.DemoDataLoader;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The application's main: Quarkus calls run() once start-up is complete, after its own "started"
 * lines, so the address and the demo logins are the last lines a person sees in the console.
 */
@QuarkusMain
public class TraitscoreApplication implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(TraitscoreApplication.class);

    @Inject
    DemoDataLoader demo;

    @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0")
    String host;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Override
    public int run(String... args) {
        String address = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host) + ":" + port;
        LOG.infof("traitscore is ready at %s%s", address, demo.logins().map(logins -> "\n" + logins).orElse(""));
        Quarkus.waitForExit();
        return 0;
    }
}
