package dev.vitae.benchmarks;

import dev.vitae.dsl.model.Resume;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The example CVs of the examples module, built at run time by calling their @Cv methods. */
final class ExampleCvs {

  /** CV name to its class and method in {@code dev.vitae.examples}. */
  private static final Map<String, String[]> METHODS = Map.of(
      "senior-engineer", new String[] {"SeniorEngineerCv", "seniorEngineer"},
      "github-profile", new String[] {"GithubProfileCv", "githubProfile"},
      "chinese-engineer", new String[] {"ChineseEngineerCv", "chineseEngineer"},
      "bilingual", new String[] {"BilingualCv", "bilingual"},
      "academic", new String[] {"AcademicCv", "academic"});

  private ExampleCvs() {}

  /** The @Cv method that builds the CV called {@code name}, ready to call. */
  static Method builder(String name) {
    String[] method = METHODS.get(name);
    if (method == null) {
      throw new IllegalArgumentException("no example CV " + name + "; one of " + METHODS.keySet());
    }
    try {
      Method found = Class.forName("dev.vitae.examples." + method[0])
          .getDeclaredMethod(method[1]);
      found.setAccessible(true); // the examples' methods are package-private, as a CV's are
      return found;
    } catch (ReflectiveOperationException missing) {
      throw new IllegalStateException("the examples module has no " + method[0], missing);
    }
  }

  /** The source files of the five examples in {@code folder}, the examples' sources. */
  static List<Path> sources(Path folder) {
    return METHODS.values().stream().map(method -> folder.resolve(method[0] + ".java"))
        .sorted().toList();
  }

  static Resume build(Method builder) {
    try {
      return (Resume) builder.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException failed) {
      throw new IllegalStateException(failed);
    }
  }

  static Resume build(String name) {
    return build(builder(name));
  }
}
