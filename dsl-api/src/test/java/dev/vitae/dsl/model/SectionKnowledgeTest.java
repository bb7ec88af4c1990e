package dev.vitae.dsl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of section is known in the six files that define it, and nowhere else in the main
 * code of any module: its record, its builder, its component of {@link Resume}, its method of
 * the CV builder, its row of {@link SectionKind} and its {@link Label}. Rules, outputs and the
 * importer follow the metamodel, so a new kind needs no line in them. Comments may name it.
 * The modules read are those that handle a CV's content; the Maven tooling's "project" is
 * Maven's, and the archetype's starter CV is a CV like the examples.
 */
class SectionKnowledgeTest {

  private static final Path REPOSITORY = Path.of("..");
  private static final List<String> MODULES =
      List.of("dsl-api", "generators", "processor", "importer");
  private static final Pattern COMMENTS =
      Pattern.compile("(?s)/\\*.*?\\*/|(?m)//.*$|<#--.*?-->|\\[#--.*?--]");

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = SectionKind.class, names = "CUSTOM", mode = EnumSource.Mode.EXCLUDE)
  void aKindIsNamedOnlyWhereItIsDefined(SectionKind kind) throws IOException {
    String type = kind.entryType().getSimpleName();
    // "language" also names the languages a CV is written in: look for the record alone.
    Pattern name = kind == SectionKind.LANGUAGES
        ? Pattern.compile("\\b" + type + "(Builder)?\\b")
        : Pattern.compile("(?i)\\b(" + kind.key() + "|" + kind.method() + "|" + type
            + ")(Builder)?\\b");
    Set<String> allowed = Set.of(
        "dsl-api/src/main/java/dev/vitae/dsl/model/" + type + ".java",
        "dsl-api/src/main/java/dev/vitae/dsl/" + type + "Builder.java",
        "dsl-api/src/main/java/dev/vitae/dsl/model/Resume.java",
        "dsl-api/src/main/java/dev/vitae/dsl/ResumeBuilder.java",
        "dsl-api/src/main/java/dev/vitae/dsl/model/SectionKind.java",
        "dsl-api/src/main/java/dev/vitae/dsl/model/Label.java");
    Set<String> naming = new TreeSet<>();
    for (Path file : mainSources()) {
      String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
      String relative = REPOSITORY.relativize(file).toString().replace('\\', '/');
      if (name.matcher(code).find() && !allowed.contains(relative)) {
        naming.add(relative);
      }
    }
    assertEquals(Set.of(), naming, kind + " is named outside the files that define it");
  }

  private static List<Path> mainSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      try (Stream<Path> files = Files.walk(REPOSITORY.resolve(module).resolve("src/main"))) {
        files.filter(file -> file.toString().matches(".*\\.(java|ftl|ftlh)$"))
            .sorted().forEach(sources::add);
      } catch (UncheckedIOException unreadable) {
        throw unreadable.getCause();
      }
    }
    return sources;
  }
}
