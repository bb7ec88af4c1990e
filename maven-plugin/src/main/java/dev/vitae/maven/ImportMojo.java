package dev.vitae.maven;

import dev.vitae.importer.JsonResumeImporter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns a JSON Resume document into a CV class in the project's sources:
 * {@code mvn vitae:import -Dfile=resume.json -Dclass=com.example.JaneDoe}. What the document
 * holds that Vitae cannot import is listed in the class's comment. An existing class is kept
 * unless {@code -Dforce} is given.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public final class ImportMojo extends AbstractMojo {

  /** The JSON Resume document. */
  @Parameter(property = "file", required = true)
  private File file;

  /** The fully qualified name of the class to write, such as com.example.JaneDoe. */
  @Parameter(property = "class", required = true)
  private String className;

  /** The name of the CV's outputs; by default the class's name in kebab case: jane-doe. */
  @Parameter(property = "name")
  private String name;

  /** Replace the class if it exists. */
  @Parameter(property = "force", defaultValue = "false")
  private boolean force;

  /** Where the class goes. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true, readonly = true)
  private File sourceDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    int dot = className.lastIndexOf('.');
    String packageName = dot < 0 ? "" : className.substring(0, dot);
    String simpleName = className.substring(dot + 1);
    String cvName = name == null || name.isBlank() ? kebabCase(simpleName) : name;
    Path target = sourceDirectory.toPath()
        .resolve(packageName.replace('.', File.separatorChar))
        .resolve(simpleName + ".java");
    if (Files.exists(target) && !force) {
      throw new MojoFailureException(target + " exists; add -Dforce to replace it");
    }
    String source;
    try {
      source = JsonResumeImporter.toJava(Files.readString(file.toPath(), StandardCharsets.UTF_8),
          packageName, simpleName, cvName);
    } catch (IOException e) {
      throw new MojoFailureException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException wrong) {
      throw new MojoFailureException(file + ": " + wrong.getMessage(), wrong);
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
    }
    getLog().info("Wrote " + target + " with @Cv(\"" + cvName + "\"); mvn package builds it");
  }

  /** {@code JaneDoe} gives {@code jane-doe}, as the importer's command line names CVs. */
  static String kebabCase(String simpleName) {
    return simpleName.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
