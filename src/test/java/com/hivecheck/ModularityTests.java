package com.hivecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The top-level packages are the application's modules: no cycles between them, and no module reaches into another's
 * sub-packages or package-private types.
 *
 * <p>The module diagrams and canvases are written to {@code target/spring-modulith-docs} on every build. To refresh
 * the committed copy in {@code docs/modules}, run
 * {@code ./mvnw -B test -Dtest=ModularityTests -Dmodules.docs=docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HiveCheckApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        Path folder = Path.of(System.getProperty("modules.docs", "target/spring-modulith-docs"));
        DiagramOptions diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases()
                .writeAggregatingDocument();
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(file -> file.toString().endsWith(".puml")).sorted().toList();
        }
        for (Path source : sources) {
            renderSvg(source);
        }

        String overview = Files.readString(folder.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            assertThat(overview).contains(module.getDisplayName());
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".svg")).isNotEmptyFile();
        }
        String drawing = Files.readString(folder.resolve("components.svg"));
        assertThat(drawing.startsWith("<svg")).as("components.svg is an SVG drawing").isTrue();
        assertThat(drawing.contains(">Security<")).as("components.svg names the security module").isTrue();
    }

    /** PlantUML's own layout engine (Smetana), so that no Graphviz installation is needed. */
    private static void renderSvg(Path source) throws IOException {
        String text = Files.readString(source).replaceFirst("@startuml.*\\R", "$0!pragma layout smetana\n");
        Path target = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.puml$", ".svg"));
        try (OutputStream out = Files.newOutputStream(target)) {
            new SourceStringReader(text).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
    }
}
