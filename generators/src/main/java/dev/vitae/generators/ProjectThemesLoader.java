package dev.vitae.generators;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A project's folder of themes seen where Vitae keeps its own: the template
 * {@code html/themes/acme/cv.ftlh} is the project's {@code acme/cv.ftlh}, and
 * {@code latex/themes/acme/cv.tex.ftl} its {@code acme/cv.tex.ftl}. Any other name is not the
 * project's, so Vitae's own shared templates ({@code /html/parts.ftlh}) stay reachable.
 */
final class ProjectThemesLoader implements TemplateLoader {

  private static final String THEMES = "/themes/";

  private final FileTemplateLoader folder;

  ProjectThemesLoader(Path folder) throws IOException {
    // FileTemplateLoader refuses names that lead out of the folder (and through symbolic links)
    this.folder = new FileTemplateLoader(folder.toFile());
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    int themes = name.indexOf(THEMES);
    if (themes < 0 || name.substring(0, themes).contains("/")) {
      return null;
    }
    return folder.findTemplateSource(name.substring(themes + THEMES.length()));
  }

  @Override
  public long getLastModified(Object source) {
    return folder.getLastModified(source);
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return folder.getReader(source, encoding);
  }

  @Override
  public void closeTemplateSource(Object source) throws IOException {
    folder.closeTemplateSource(source);
  }
}
