package dev.vitae.importer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values Vitae's checks reject are imported as written, not mended: the generated source
 * carries them, and compiling it reports each with its [vitae:...] tag at the imported call.
 */
class RejectedValuesTest {

  private static final String DOCUMENT = """
      {
        "basics": {
          "name": "Jane Doe",
          "email": "jane@",
          "url": "javascript:alert(1)",
          "location": {"countryCode": "Germany"}
        },
        "work": [{"name": "Tencent", "startDate": "2021-13", "endDate": "2022-02-30"}],
        "projects": [{"name": "hpc-ops", "startDate": "2022-05", "endDate": "2021"}]
      }""";

  @TempDir Path output;

  @Test
  void eachRejectedValueIsReportedAtItsCall() {
    String source = JsonResumeImporter.toJava(DOCUMENT, "test", "Jane", "jane");
    Compilation compilation = CvCompiler.compile("test.Jane", source, output);

    assertEquals(List.of("[vitae:email]", "[vitae:url]", "[vitae:country-code]", "[vitae:date]",
        "[vitae:date]", "[vitae:date-order]"), CvCompiler.errors(compilation).stream()
            .map(error -> error.substring(0, error.indexOf(']') + 1)).toList(), source);
    assertReportedOn(compilation, source, "[vitae:email]", ".email(\"jane@\")");
    assertReportedOn(compilation, source, "[vitae:url]", ".url(\"javascript:alert(1)\")");
    assertReportedOn(compilation, source, "[vitae:country-code]", ".countryCode(\"Germany\")");
    assertReportedOn(compilation, source, "start 2021-13 is not a real date", ".start(2021, 13)");
    assertReportedOn(compilation, source, "end 2022-02-30 is not a real date",
        ".end(2022, FEBRUARY, 30)");
    assertReportedOn(compilation, source, "end 2021 is before start 2022-05", ".end(2021)");
  }

  private static void assertReportedOn(Compilation compilation, String source, String message,
      String call) {
    assertThat(compilation).hadErrorContaining(message).inFile(compilation.sourceFiles().get(0))
        .onLine(lineOf(source, call));
  }

  private static int lineOf(String source, String text) {
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in\n" + source);
  }
}
