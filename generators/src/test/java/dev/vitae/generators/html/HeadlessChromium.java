package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vitae.generators.ExternalTools;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's Chromium, headless and quiet: no network, no sync, no first-run pages, a throw-away
 * profile. Each call runs one browser and ends it, children included, within a minute.
 */
public final class HeadlessChromium {

  private static final long TIMEOUT_SECONDS = 60;

  private final Path program;
  private final Path workDirectory;

  /** Skips the calling test where Chromium is missing (fails under CI=true). */
  public HeadlessChromium(Path workDirectory) {
    this.program = ExternalTools.require("chromium", "chromium");
    this.workDirectory = workDirectory;
  }

  /** Writes the page to a file Chromium can open. */
  public Path save(String name, String html) throws IOException {
    return Files.writeString(workDirectory.resolve(name), html, StandardCharsets.UTF_8);
  }

  /** A 1200 × 1600 screenshot of the page; {@code extraFlags} such as --force-dark-mode. */
  public Path screenshot(Path page, String... extraFlags) throws Exception {
    Path png = workDirectory.resolve(page.getFileName() + "." + extraFlags.length + ".png");
    List<String> flags = new ArrayList<>(List.of(extraFlags));
    flags.add("--screenshot=" + png);
    flags.add("--window-size=1200,1600");
    run(page, flags);
    return png;
  }

  /** The DOM after the page loaded, as Chromium serializes it; {@code extraFlags} as above. */
  public String dumpDom(Path page, String... extraFlags) throws Exception {
    List<String> flags = new ArrayList<>(List.of(extraFlags));
    flags.add("--dump-dom");
    return run(page, flags);
  }

  private String run(Path page, List<String> flags) throws Exception {
    Path profile = Files.createTempDirectory(workDirectory, "profile");
    Path stdout = Files.createTempFile(workDirectory, "chromium", ".out");
    Path stderr = Files.createTempFile(workDirectory, "chromium", ".err");
    List<String> command = new ArrayList<>(List.of(program.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(flags);
    command.add(page.toUri().toString());
    Process chromium = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      if (chromium.exitValue() != 0) {
        fail("chromium exited with " + chromium.exitValue() + ": " + read(stderr));
      }
      return read(stdout);
    } finally {
      // Renderer and helper processes first, while they can still be found as descendants.
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The screenshot as an image; fails when none was written. */
  public static BufferedImage image(Path png) throws Exception {
    assertTrue(Files.size(png) > 0, "no screenshot written");
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "the screenshot is no PNG");
    return image;
  }

  /** How many colours a sample of the image holds: a blank page has one or two. */
  public static int colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
