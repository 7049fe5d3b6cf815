package com.b2bsales.kpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo generator is outside the report's path: the report knows only {@code system.CrmDatabase}, and the demo
 * package provides its implementation. No main class outside the demo package may name the demo package.
 */
class DemoOutsideTheReportTests {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DEMO = MAIN.resolve("com/b2bsales/kpi/demo");

    @Test
    void shouldHaveNoMainClassOutsideTheDemoPackageThatNamesIt() throws IOException {
        // given every main class outside the demo package
        List<Path> report;
        try (Stream<Path> files = Files.walk(MAIN)) {
            report = files.filter(file -> file.toString().endsWith(".java")).filter(file -> !file.startsWith(DEMO))
                    .toList();
        }
        assertThat(report).isNotEmpty();

        // when looking for the demo package in them
        List<Path> namingTheDemo = report.stream().filter(file -> read(file).contains("com.b2bsales.kpi.demo"))
                .toList();

        // then none names it
        assertThat(namingTheDemo).as("main classes outside demo/ that import it").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
