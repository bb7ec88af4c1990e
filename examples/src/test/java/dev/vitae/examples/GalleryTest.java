package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.generators.ExternalTools;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's gallery cannot go stale: docs/gallery.sh renders page 1 of each theme's example,
 * as the processor wrote its PDF in this build, and each picture must match the committed one
 * but for a few pixels.
 */
class GalleryTest {

  private static final Path REPOSITORY = Path.of("..");
  /** How far a channel may differ before a pixel counts as changed, and how many may. */
  private static final int CHANNEL_TOLERANCE = 48;
  private static final double CHANGED_PIXELS = 0.005;

  @TempDir Path fresh;

  @Test
  void theGalleryMatchesTheExamplesAsBuilt() throws Exception {
    ExternalTools.require("pdftoppm", "poppler-utils");
    Process script = new ProcessBuilder("bash", "docs/gallery.sh", fresh.toString())
        .directory(REPOSITORY.toFile()).redirectErrorStream(true).start();
    String output = new String(script.getInputStream().readAllBytes());
    assertTrue(script.waitFor(3, TimeUnit.MINUTES), "docs/gallery.sh did not finish");
    assertEquals(0, script.exitValue(), output);
    for (String theme : List.of("classic", "modern", "compact")) {
      BufferedImage committed = read(REPOSITORY.resolve("docs/gallery/" + theme + ".png"));
      BufferedImage now = read(fresh.resolve(theme + ".png"));
      assertEquals(committed.getWidth(), now.getWidth(), theme + ": width");
      assertEquals(committed.getHeight(), now.getHeight(), theme + ": height");
      double changed = changedPixels(committed, now);
      assertTrue(changed <= CHANGED_PIXELS, theme + ": " + Math.round(changed * 1000) / 10.0
          + "% of the pixels changed; run docs/gallery.sh and commit the pictures");
    }
  }

  private static BufferedImage read(Path png) throws Exception {
    BufferedImage image = ImageIO.read(new File(png.toString()));
    assertTrue(image != null, "no picture at " + png);
    return image;
  }

  private static double changedPixels(BufferedImage a, BufferedImage b) {
    long changed = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > CHANNEL_TOLERANCE) {
            changed++;
            break;
          }
        }
      }
    }
    return (double) changed / ((long) a.getWidth() * a.getHeight());
  }
}
