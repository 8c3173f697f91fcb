package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged application's class path is not the test one: a library that carries its own copy of
 * a JDK package (xml-apis did, for javax.xml) shadows the JDK there and breaks what the tests never see.
 */
class PackagedLibrariesIT {

    @Test
    void noLibraryOfThePackagedApplicationCarriesItsOwnCopyOfTheJdksXmlApi() throws IOException {
        Path libraries = PackagedApp.jar().getParent().resolve("lib").resolve("main");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libraries)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().filter(e -> e.getName().startsWith("javax/xml/") && e.getName().endsWith(".class"))
                            .findFirst().ifPresent(e -> offenders.add(jar.getFileName() + " (" + e.getName() + ")"));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
