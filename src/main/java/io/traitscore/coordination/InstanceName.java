package io.traitscore.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This running instance, as a lease names its holder: host, process id and a random part (unique per start). */
@ApplicationScoped
public class InstanceName {

    private final String name;

    InstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.name = name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public String get() {
        return name;
    }
}
