package dev.vitae.processor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.PhotoFiles;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.check.Severity;
import dev.vitae.dsl.model.Resume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code [vitae:image]}: the photo a CV gives as a file of its project
 * ({@code .image("photo.jpg")}), found in the assets folder of {@value #OPTION}. It is checked
 * at its argument (there, a JPEG or PNG, small enough, inside the folder), copied beside the
 * outputs that show it under its own name, and handed to the PDF as bytes. A photo at an
 * http(s) URL stays a link for the HTML; the PDF, which fetches nothing, shows none and says so.
 */
final class ProjectPhoto {

  /** The folder the project keeps its CVs' pictures in. */
  static final String OPTION = "vitae.assets";
  /** Larger than any photo a CV needs; a camera's original is several times this. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final Path IMAGE = Path.ROOT.then("basics").then("image");
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** The assets folder, or null when the build names none. */
  private final java.nio.file.Path assets;

  ProjectPhoto(java.nio.file.Path assets) {
    this.assets = assets;
  }

  /** The problems of the CV's photo: none when it has none or it can be shown everywhere. */
  List<Problem> check(Resume cv, boolean builtInPdf) {
    String image = imageOf(cv);
    if (image == null) {
      return List.of();
    }
    if (!PhotoFiles.isProjectFile(image)) {
      return builtInPdf && isWeb(image) ? List.of(new Problem(Check.IMAGE, Severity.WARNING,
          IMAGE, "basics.image \"" + image + "\" is on the web, which the PDF never fetches:"
          + " the HTML shows it, the PDF shows no photo; for a photo in the PDF too, put the"
          + " file in the assets folder (-A" + OPTION + "=src/main/cv-assets) and"
          + " write its name: .image(\"photo.jpg\")")) : List.of();
    }
    try {
      read(image);
      return List.of();
    } catch (Unusable unusable) {
      return List.of(new Problem(Check.IMAGE, IMAGE,
          "basics.image \"" + image + "\" " + unusable.getMessage()));
    }
  }

  /**
   * The photo's copy for the outputs in {@code folder} ({@code ""} or a variant's
   * {@code "industry/private/"}), keyed by file name as the outputs are; empty when the CV
   * shows no photo of the project.
   */
  Map<String, byte[]> besideOutputs(String folder, Resume cv) {
    byte[] bytes = bytes(cv);
    return bytes == null ? Map.of()
        : Map.of(folder + PhotoFiles.fileName(imageOf(cv)), bytes);
  }

  /** The photo's bytes; null when the CV gives no photo of the project. */
  private byte[] bytes(Resume cv) {
    String image = imageOf(cv);
    if (!PhotoFiles.isProjectFile(image)) {
      return null;
    }
    try {
      return read(image);
    } catch (Unusable unusable) {
      // checked at the argument before anything is rendered: the file changed since
      throw new UncheckedIOException(new IOException("basics.image \"" + image + "\" "
          + unusable.getMessage()));
    }
  }

  private byte[] read(String image) throws Unusable {
    if (assets == null) {
      throw new Unusable("names a file, but the build gives no assets folder:"
          + " set -A" + OPTION + "=src/main/cv-assets (the folder that holds the photo), or"
          + " give an https URL");
    }
    String file = PhotoFiles.fileName(image);
    if (!PhotoFiles.hasPhotoExtension(file)) {
      throw new Unusable("is no JPEG or PNG file: name a .jpg, .jpeg or .png file");
    }
    if (!PhotoFiles.isPlainName(file)) {
      throw new Unusable("has a name the outputs cannot reference as it is: use letters,"
          + " digits, dots, dashes and underscores only, such as \"photo.jpg\"");
    }
    java.nio.file.Path found = inside(image);
    if (!Files.isRegularFile(found)) {
      throw new Unusable("is not in the assets folder " + assets + ": put the photo there, or"
          + " correct the name");
    }
    try {
      if (Files.size(found) > MAX_BYTES) {
        throw new Unusable("is " + Files.size(found) / 1024 + " KB, more than the "
            + MAX_BYTES / 1024 / 1024 + " MB a CV's photo may have: save it smaller (600 pixels"
            + " across are plenty)");
      }
      byte[] bytes = Files.readAllBytes(found);
      String expected = file.toLowerCase(Locale.ROOT).endsWith(".png") ? "PNG" : "JPEG";
      if (!startsWith(bytes, expected.equals("PNG") ? PNG : JPEG)) {
        throw new Unusable("is no " + expected + " image (its first bytes say otherwise):"
            + " save it as " + expected + ", or name it by what it is");
      }
      return bytes;
    } catch (IOException unreadable) {
      throw new Unusable("cannot be read: " + unreadable.getMessage());
    }
  }

  /** The file in the assets folder; {@link Unusable} when the path would leave it. */
  private java.nio.file.Path inside(String image) throws Unusable {
    String leaves = "leaves the assets folder " + assets + ": name a file inside it, relative"
        + " to it, such as \"photo.jpg\"";
    java.nio.file.Path folder;
    java.nio.file.Path file;
    try {
      folder = assets.toAbsolutePath().normalize();
      java.nio.file.Path relative = java.nio.file.Path.of(image);
      if (relative.isAbsolute() || image.startsWith("/") || image.startsWith("\\")
          || Arrays.asList(image.split("[/\\\\]")).contains("..")) {
        throw new Unusable(leaves);
      }
      file = folder.resolve(relative).normalize();
      if (Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
        throw new Unusable(leaves); // a link out of the folder
      }
    } catch (InvalidPathException | IOException unreadable) {
      throw new Unusable("is no file name here: " + unreadable.getMessage());
    }
    return file;
  }

  private static String imageOf(Resume cv) {
    return cv.basics() == null ? null : cv.basics().image();
  }

  private static boolean isWeb(String image) {
    String lower = image.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length
        && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /** Why a project's photo cannot be shown: the rest of the diagnostic's sentence. */
  private static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }
}
