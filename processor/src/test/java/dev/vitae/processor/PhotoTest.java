package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [vitae:image]} and the photo of the project's assets folder: checked at the argument
 * of {@code .image(...)}, copied beside the outputs that show it, embedded in the PDF.
 */
class PhotoTest {

  /** The column of {@code .image(}'s argument on the chain's first line. */
  private static final int ARGUMENT = 49;

  @TempDir Path output;
  @TempDir Path assets;

  private static JavaFileObject withImage(String image) {
    return cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").image("%s"))
            .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
            .build()""".formatted(image));
  }

  private static final JavaFileObject WITHOUT_IMAGE = cv("""
      Vitae.cv().basics(b -> b.name("Jane Doe"))
          .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
          .build()""");

  @Test
  void aPhotoOfTheProjectIsCopiedBesideTheOutputsAndEmbeddedInThePdf() throws IOException {
    byte[] png = png();
    Files.write(assets.resolve("photo.png"), png);
    assertThat(compile(withImage("photo.png"))).succeededWithoutWarnings();
    assertArrayEquals(png, Files.readAllBytes(output.resolve("jane/photo.png")));
    assertTrue(read("jane/jane.html").contains("<img class=\"photo\" src=\"photo.png\""));
    assertTrue(read("jane/jane.tex").contains("\\cvphoto{photo.png}"));
    assertTrue(read("jane/jane.json").contains("\"image\": \"photo.png\""),
        "JSON Resume keeps the value as written: " + read("jane/jane.json"));
    assertEquals(1, imagesOnFirstPage(output.resolve("jane/jane.pdf")));
    byte[] first = Files.readAllBytes(output.resolve("jane/jane.pdf"));

    assertThat(compile(withImage("photo.png"))).succeeded();
    assertArrayEquals(first, Files.readAllBytes(output.resolve("jane/jane.pdf")),
        "the same photo gives the same PDF");

    assertThat(compile(WITHOUT_IMAGE)).succeededWithoutWarnings();
    assertFalse(Files.exists(output.resolve("jane/photo.png")), "a removed photo's copy goes");
    assertEquals(0, imagesOnFirstPage(output.resolve("jane/jane.pdf")));
  }

  @Test
  void aPhotoInASubfolderOfTheAssetsIsCopiedUnderItsOwnName() throws IOException {
    Files.createDirectories(assets.resolve("people"));
    Files.write(assets.resolve("people/jane.jpg"), jpeg());
    assertThat(compile(withImage("people/jane.jpg"))).succeededWithoutWarnings();
    assertTrue(Files.exists(output.resolve("jane/jane.jpg")));
    assertTrue(read("jane/jane.html").contains("src=\"jane.jpg\""));
  }

  @Test
  void aPrivatePhotoIsCopiedOnlyBesideThePrivateOutputs() throws IOException {
    Files.write(assets.resolve("photo.png"), png());
    assertThat(compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").image("photo.png", Marks.privately()))
            .build()"""))).succeededWithoutWarnings();
    assertTrue(Files.exists(output.resolve("jane/private/photo.png")));
    assertFalse(Files.exists(output.resolve("jane/photo.png")));
    assertFalse(read("jane/jane.html").contains("photo.png"));
    assertEquals(0, imagesOnFirstPage(output.resolve("jane/jane.pdf")));
    assertEquals(1, imagesOnFirstPage(output.resolve("jane/private/jane.pdf")));
  }

  @Test
  void aMissingFileIsAnErrorAtTheArgument() {
    assertError(compile(withImage("photo.jpg")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"photo.jpg\" is not in the assets folder " + assets + ": put the photo there, or"
        + " correct the name");
    assertFalse(Files.exists(output.resolve("jane")), "a CV with an error writes nothing");
  }

  @Test
  void aFileThatIsNoJpegIsAnError() throws IOException {
    Files.writeString(assets.resolve("photo.jpg"), "GIF89a, not a JPEG");
    assertError(compile(withImage("photo.jpg")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"photo.jpg\" is no JPEG image (its first bytes say otherwise): save it as JPEG, or"
        + " name it by what it is");
  }

  @Test
  void aFileOfAnotherKindIsAnError() throws IOException {
    Files.writeString(assets.resolve("photo.gif"), "GIF89a");
    assertError(compile(withImage("photo.gif")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"photo.gif\" is no JPEG or PNG file: name a .jpg, .jpeg or .png file");
  }

  @Test
  void aFileTooLargeIsAnError() throws IOException {
    byte[] large = Arrays.copyOf(jpeg(), ProjectPhoto.MAX_BYTES + 1);
    Files.write(assets.resolve("photo.jpg"), large);
    assertError(compile(withImage("photo.jpg")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"photo.jpg\" is 2048 KB, more than the 2 MB a CV's photo may have: save it smaller"
        + " (600 pixels across are plenty)");
  }

  @Test
  void aPathLeavingTheAssetsFolderIsAnError() throws IOException {
    Files.write(assets.getParent().resolve("outside.png"), png());
    String leaves = " leaves the assets folder " + assets + ": name a file inside it, relative"
        + " to it, such as \"photo.jpg\"";
    assertError(compile(withImage("../outside.png")), 8, ARGUMENT,
        "[vitae:image] basics.image \"../outside.png\"" + leaves);
    String absolute = assets.getParent().resolve("outside.png").toString();
    assertError(compile(withImage(absolute)), 8, ARGUMENT,
        "[vitae:image] basics.image \"" + absolute + "\"" + leaves);
  }

  @Test
  void aLinkLeavingTheAssetsFolderIsAnError() throws IOException {
    Path outside = Files.write(assets.getParent().resolve("elsewhere.png"), png());
    Files.createSymbolicLink(assets.resolve("photo.png"), outside);
    assertError(compile(withImage("photo.png")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"photo.png\" leaves the assets folder");
  }

  @Test
  void aNameTheOutputsCannotReferenceIsAnError() throws IOException {
    Files.write(assets.resolve("my photo.png"), png());
    assertError(compile(withImage("my photo.png")), 8, ARGUMENT, "[vitae:image] basics.image"
        + " \"my photo.png\" has a name the outputs cannot reference as it is");
  }

  @Test
  void aProjectFileWithoutAnAssetsFolderIsAnError() {
    Compilation compilation = javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output).compile(withImage("photo.jpg"));
    assertError(compilation, 8, ARGUMENT, "[vitae:image] basics.image \"photo.jpg\" names a"
        + " file, but the build gives no assets folder: set"
        + " -Avitae.assets=src/main/cv-assets (the folder that holds the photo), or give an"
        + " https URL");
  }

  @Test
  void anAssetsOptionThatIsNoFolderIsAnOptionError() {
    Compilation compilation = javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output, "-Avitae.assets=" + assets.resolve("none"))
        .compile(WITHOUT_IMAGE);
    assertThat(compilation).hadErrorContaining("[vitae:option] -Avitae.assets="
        + assets.resolve("none") + " is not a folder");
  }

  @Test
  void aPhotoOnTheWebIsAWarningThatThePdfShowsNone() throws IOException {
    Compilation compilation = compile(withImage("https://janedoe.dev/jane.jpg"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[vitae:image] basics.image"
        + " \"https://janedoe.dev/jane.jpg\" is on the web, which the PDF never fetches: the HTML"
        + " shows it, the PDF shows no photo; for a photo in the PDF too, put the file in the"
        + " assets folder (-Avitae.assets=src/main/cv-assets) and write its name:"
        + " .image(\"photo.jpg\")")
        .inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(ARGUMENT);
    assertEquals(Diagnostic.Kind.WARNING, compilation.warnings().get(0).getKind());
    assertTrue(read("jane/jane.html").contains("src=\"https://janedoe.dev/jane.jpg\""));
    assertThat(compile(withImage("https://janedoe.dev/jane.jpg"), "-Avitae.pdf=none"))
        .succeededWithoutWarnings();
  }

  private Compilation compile(JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of("-Avitae.output=" + output,
        "-Avitae.assets=" + assets));
    all.addAll(List.of(options));
    return javac().withProcessors(new VitaeProcessor()).withOptions(all.toArray())
        .compile(source);
  }

  private String read(String file) throws IOException {
    return Files.readString(output.resolve(file), StandardCharsets.UTF_8);
  }

  /** The pictures drawn on the PDF's first page. */
  static int imagesOnFirstPage(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDResources resources = document.getPage(0).getResources();
      int images = 0;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          images++;
        }
      }
      return images;
    }
  }

  private static byte[] png() throws IOException {
    return picture("png");
  }

  private static byte[] jpeg() throws IOException {
    return picture("jpg");
  }

  private static byte[] picture(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x336699);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, format, bytes);
    return bytes.toByteArray();
  }
}
