package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.vitae.dsl.BasicsBuilder;
import dev.vitae.dsl.Builder;
import dev.vitae.dsl.EntryBuilder;
import dev.vitae.dsl.LocationBuilder;
import dev.vitae.dsl.ProfileBuilder;
import dev.vitae.dsl.SectionBuilder;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.TextOption;
import dev.vitae.generators.Generators;
import dev.vitae.pdf.PdfGenerator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private data never reaches a public output. A CV puts a canary value in every field that can
 * be marked private (every text setter and contact detail of every builder, found by
 * reflection, and every entry, section, bullet, profile and label as a whole), in two variants;
 * every byte of every public output of every format the generators list is searched for each
 * canary, PDFs with their streams decompressed and their text extracted. So that the test can
 * fail, each canary must be found in the private outputs.
 */
class PrivateDataCanaryTest {

  @TempDir
  Path output;

  /** The canaries by what they stand in: "WorkBuilder.summary", "work entry". */
  private final Map<String, String> canaries = new LinkedHashMap<>();

  @Test
  void noPrivateValueReachesAnyPublicOutput() throws IOException {
    String source = cvSource();
    Compilation compilation = Compiler.javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output)
        .compile(JavaFileObjects.forSourceString("test.Canary", source));
    assertThat(compilation).succeeded();

    Set<String> formats = new TreeSet<>();
    Generators.all().forEach(generator -> formats.add(generator.extension()));
    formats.add(PdfGenerator.EXTENSION);
    List<Path> publicOutputs = new ArrayList<>();
    List<Path> privateOutputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(output.resolve("canary"))) {
      files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
          .forEach(file -> (output.relativize(file).toString().contains("private")
              ? privateOutputs : publicOutputs).add(file));
    }
    for (String variant : List.of("industry", "academic")) {
      for (String format : formats) {
        Path file = output.resolve("canary/" + variant + "/canary." + format);
        assertTrue(publicOutputs.contains(file), file + " was not written");
        assertTrue(privateOutputs.contains(
            output.resolve("canary/" + variant + "/private/canary." + format)));
      }
    }

    List<String> hits = new ArrayList<>();
    for (Path file : publicOutputs) {
      String readable = readable(file);
      canaries.forEach((field, canary) -> {
        if (readable.contains(canary)) {
          hits.add(field + " (" + canary + ") in " + output.relativize(file));
        }
      });
    }
    StringBuilder privately = new StringBuilder();
    for (Path file : privateOutputs) {
      privately.append(readable(file));
    }
    List<String> neverPrinted = canaries.entrySet().stream()
        .filter(canary -> !privately.toString().contains(canary.getValue()))
        .map(Map.Entry::getKey).toList();

    System.out.printf(Locale.ROOT, "[vitae] private-data canary: %d fields tried, %d public"
        + " outputs searched (%s), hits: %d%n", canaries.size(), publicOutputs.size(),
        String.join(", ", formats), hits.size());
    assertEquals(List.of(), neverPrinted, "canaries the private outputs do not show either,"
        + " so their absence from the public ones proves nothing");
    assertEquals(List.of(), hits);
  }

  /**
   * The file as searchable text: a text format as it is; a PDF as its raw bytes, every stream
   * decoded, its text as extracted, and its metadata. Any other format fails the test until
   * it is taught to read it.
   */
  private static String readable(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (startsWith(bytes, "%PDF")) {
        return pdf(bytes);
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException binary) {
      fail(file + " is neither text nor PDF: teach the canary test to read its format");
      return "";
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String pdf(byte[] bytes) throws IOException {
    StringBuilder all = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
          .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
        COSBase base = object.getObject();
        if (base instanceof COSStream stream) {
          try (var decoded = stream.createInputStream()) {
            all.append(new String(decoded.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
        }
        all.append(base);
      }
      all.append(new PDFTextStripper().getText(document));
      all.append(document.getDocumentInformation().getCOSObject());
    }
    return all.toString();
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return bytes.length >= prefix.length() && new String(bytes, 0, prefix.length(),
        StandardCharsets.ISO_8859_1).equals(prefix);
  }

  // ---------------------------------------------------------------------------------------
  // The CV

  private String cvSource() {
    String body = """
        Vitae.cv().variants(Track.values())
            .label("en", Label.WORK, %s, privately())
            .basics(b -> b.name("Public Person")%s
                .location(l -> l.countryCode("DE")%s)
                .profile(p -> p.network("GitHub").url("https://github.com/public"))
                .profile(p -> p.privately().network(%s)%s))
            .work(w -> w.name("Public Employer").start(2020).ongoing()%s
                .highlight("Public bullet", h -> h.highlight(%s, privately())
                    .highlight("Public nested", n -> n.privately().highlight(%s))))
            .work(w -> w.privately().name(%s).start(2019).end(2019))
            .section("Public Talks", s -> s%s
                .entry(e -> e.title("Public talk").start(2021)%s)
                .entry(e -> e.privately().title(%s).start(2022)))
            .section(%s, s -> s.privately().entry(e -> e.title(%s).start(2020)))
        """.formatted(canary("label override"),
            setters(BasicsBuilder.class, "name"), setters(LocationBuilder.class, null),
            canary("profile"), setters(ProfileBuilder.class, "network"),
            setters(SectionKind.WORK),
            canary("bullet"), canary("nested bullets"), canary("work entry"),
            setters(SectionBuilder.class, null), setters(EntryBuilder.class, "title"),
            canary("custom entry"), canary("section"), canary("entry of a private section"));
    StringBuilder chain = new StringBuilder(body);
    for (SectionKind kind : SectionKind.standard()) {
      if (kind == SectionKind.WORK) {
        continue;
      }
      String required = kind.required().field();
      String dates = kind.dateRule() == SectionKind.DateRule.STARTED_PERIOD ? ".start(2018)"
          : "";
      chain.append("    .").append(kind.method()).append("(x -> x.").append(required)
          .append("(\"Public ").append(kind.method()).append("\")").append(dates)
          .append(setters(kind)).append(")\n");
      chain.append("    .").append(kind.method()).append("(x -> x.privately().")
          .append(required).append("(").append(canary(kind.method() + " entry")).append(")")
          .append(dates).append(")\n");
    }
    return """
        package test;

        import static dev.vitae.dsl.Marks.*;

        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;

        @SuppressWarnings("vitae")
        class Canary {
          enum Track implements Variant { INDUSTRY, ACADEMIC }

          @Cv("canary") static Resume canary() {
            return %s        .build();
          }
        }
        """.formatted(chain);
  }

  private String setters(SectionKind kind) {
    Class<?> builder = Arrays.stream(dev.vitae.dsl.ResumeBuilder.class.getMethods())
        .filter(method -> method.getName().equals(kind.method())
            && method.getParameterCount() == 1)
        .map(method -> (Class<?>) ((java.lang.reflect.ParameterizedType)
            method.getGenericParameterTypes()[0]).getActualTypeArguments()[0])
        .findFirst().orElseThrow();
    return setters(builder, kind.required().field());
  }

  /**
   * {@code .x(canary, privately())} for every setter of {@code builder} that takes a mark,
   * but the required field {@code except}: without it the public entry would be invalid.
   */
  private String setters(Class<?> builder, String except) {
    StringBuilder calls = new StringBuilder();
    List<Method> markable = Arrays.stream(builder.getMethods())
        .filter(method -> Builder.class.isAssignableFrom(method.getDeclaringClass())
            && !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 2
            && method.getParameterTypes()[0] == String.class
            && (method.getParameterTypes()[1] == TextOption[].class
                || method.getParameterTypes()[1] == Mark[].class)
            && !method.getName().equals(except) && !method.getName().equals("highlight"))
        .sorted(Comparator.comparing(Method::getName)).toList();
    for (Method setter : markable) {
      String field = builder.getSimpleName() + "." + setter.getName();
      calls.append(".").append(setter.getName()).append("(").append(canary(field))
          .append(", privately())");
    }
    return calls.toString();
  }

  /** A new canary, as a Java string literal, valid for the field it stands in. */
  private String canary(String field) {
    int n = canaries.size() + 1;
    String token = "Qz" + n + "canary";
    String value = switch (field.substring(field.indexOf('.') + 1)) {
      case "email" -> token.toLowerCase(Locale.ROOT) + "@canary-mail.org";
      case "url", "image" -> "https://" + token.toLowerCase(Locale.ROOT) + ".org/";
      case "phone" -> "+49 30 90182" + String.format(Locale.ROOT, "%03d", n);
      default -> token;
    };
    canaries.put(field, field.endsWith(".phone")
        ? "90182" + String.format(Locale.ROOT, "%03d", n) : value.replace("https://", ""));
    return "\"" + value + "\"";
  }
}
