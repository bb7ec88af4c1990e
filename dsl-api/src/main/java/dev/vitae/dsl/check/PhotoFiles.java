package dev.vitae.dsl.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A photo given as a file of the CV's project ({@code .image("photo.jpg")}): a path without a
 * scheme, relative to the project's assets folder. The annotation processor checks the file
 * and copies it beside the outputs under its own name, which the pages then show.
 */
public final class PhotoFiles {

  /** The kinds of picture every format shows: JPEG and PNG, by their file name's end. */
  public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png");

  /** A name every format can reference as it is: no space, quote, or character to escape. */
  private static final Pattern PLAIN_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(?i:jpg|jpeg|png)");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private PhotoFiles() {}

  /** True when {@code image} names a file of the project rather than a URL. */
  public static boolean isProjectFile(String image) {
    return image != null && !image.isEmpty() && !SCHEME.matcher(image).find()
        && !image.startsWith("//");
  }

  /** The last part of the path: the name the copy beside the outputs has. */
  public static String fileName(String image) {
    String path = image.replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** True when {@code file} is a name every format references as it is ("photo.jpg"). */
  public static boolean isPlainName(String file) {
    return PLAIN_NAME.matcher(file).matches();
  }

  /** The name of the copy beside the outputs, or null when the file cannot be shown. */
  public static String copiedName(String image) {
    if (!isProjectFile(image)) {
      return null;
    }
    String file = fileName(image);
    return isPlainName(file) ? file : null;
  }

  /** True when {@code file}'s name ends in one of {@link #EXTENSIONS}. */
  public static boolean hasPhotoExtension(String file) {
    int dot = file.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
