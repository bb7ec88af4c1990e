package dev.vitae.generators;

/** A theme that lacks a template a format needs: a project's theme made for fewer formats. */
public final class MissingThemeTemplateException extends RuntimeException {

  MissingThemeTemplateException(String theme, String file, Themes themes) {
    super("the theme \"" + theme + "\" has no template " + file
        + (themes.isProjectTheme(theme) ? " in " + themes.projectFolder().resolve(theme)
            : "")
        + "; add it (it may build on Vitae's: /html/parts.ftlh for a page,"
        + " /latex/themes/classic/cv.tex.ftl for LaTeX)");
  }
}
