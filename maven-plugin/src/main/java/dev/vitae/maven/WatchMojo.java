package dev.vitae.maven;

import dev.vitae.maven.preview.LivePreview;
import dev.vitae.maven.preview.PreviewLog;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Live preview: compiles the CV with Vitae's checks on every save, writes the outputs to
 * target/cv, and serves them at http://127.0.0.1:8000/, where an open page reloads itself
 * after each build and shows javac's errors while the CV has any. Runs until stopped (Ctrl-C).
 */
@Mojo(name = "watch", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class WatchMojo extends AbstractMojo {

  /** The port on 127.0.0.1 to serve at. */
  @Parameter(property = "port", defaultValue = "8000")
  private int port;

  /** Where the outputs go: the same place as with {@code -Avitae.output} in the pom. */
  @Parameter(property = "vitae.output", defaultValue = "${project.build.directory}/cv")
  private File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    Path work = Path.of(project.getBuild().getDirectory(), "vitae-watch");
    try (LivePreview preview = LivePreview.start(Path.of(project.getBuild().getSourceDirectory()),
        compileClassPath(), outputDirectory.toPath(), work, port, logTo(getLog()))) {
      getLog().info("Vitae preview at " + preview.address() + " (Ctrl-C stops it)");
      Thread.currentThread().join();
    } catch (BindException taken) {
      throw new MojoExecutionException("port " + port + " on 127.0.0.1 is taken ("
          + taken.getMessage() + "); pick another with -Dport=...", taken);
    } catch (IOException e) {
      throw new MojoExecutionException("the preview could not start: " + e.getMessage(), e);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** The project's compile class path, without its own classes: the sources are compiled. */
  private List<Path> compileClassPath() throws MojoExecutionException {
    try {
      String ownClasses = project.getBuild().getOutputDirectory();
      return project.getCompileClasspathElements().stream()
          .filter(element -> !element.equals(ownClasses))
          .map(Path::of)
          .toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
  }

  private static PreviewLog logTo(Log log) {
    return new PreviewLog() {
      @Override
      public void info(String message) {
        log.info(message);
      }

      @Override
      public void error(String message) {
        log.error(message);
      }
    };
  }
}
