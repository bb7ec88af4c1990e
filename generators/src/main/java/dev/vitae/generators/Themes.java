package dev.vitae.generators;

import dev.vitae.dsl.check.StyleChecker;
import dev.vitae.dsl.model.Theme;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a build finds its themes: Vitae's own, and a project's folder of its own, one folder
 * per theme ({@code src/main/cv-themes/acme/cv.ftlh}). A project's theme of a built-in theme's
 * name takes its place.
 *
 * @param projectFolder the project's folder of themes, or null for Vitae's own alone
 */
public record Themes(Path projectFolder) {

  /** Vitae's own themes alone. */
  public static final Themes BUILT_IN = new Themes(null);

  public Themes {
    projectFolder = projectFolder == null ? null : projectFolder.toAbsolutePath().normalize();
  }

  /** Whether {@code name} names a theme: a built-in one, or a folder of the project's. */
  public boolean has(String name) {
    return Theme.byKey(name) != null || isProjectTheme(name);
  }

  /** Whether the project's folder holds a theme named {@code name}. */
  public boolean isProjectTheme(String name) {
    // a checked name is one plain folder name, never a path that leaves the project's folder
    return projectFolder != null && StyleChecker.themeProblem(name) == null
        && Files.isDirectory(projectFolder.resolve(name));
  }
}
