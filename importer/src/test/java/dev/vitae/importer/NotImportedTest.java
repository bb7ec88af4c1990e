package dev.vitae.importer;

import static dev.vitae.importer.JsonResumeSamplesTest.notImported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the import cannot carry over is not dropped silently: the class comment lists each
 * part with its JSON Pointer and the reason, and the rest of the document still compiles.
 */
class NotImportedTest {

  @TempDir Path output;

  @Test
  void unknownFieldsAreListedInTheDocumentsOrder() {
    String source = toJava("""
        {
          "basics": {"name": "Jane Doe", "nickname": "JD",
                     "location": {"city": "Berlin", "planet": "Earth"}},
          "work": [{"name": "Tencent", "startDate": "2021", "team": "Infra"}],
          "hobbies": ["chess"],
          "x-vitae": {"theme": "dark"}
        }""");
    assertEquals(List.of(
        "/basics/nickname: an unknown field",
        "/basics/location/planet: an unknown field",
        "/work/0/team: an unknown field",
        "/hobbies: an unknown field",
        "/x-vitae/theme: an unknown field"), notImported(source));
    assertCompiles(source);
  }

  @Test
  void valuesOfTheWrongKindAreListed() {
    String source = toJava("""
        {
          "basics": {"name": "Jane Doe", "email": {"work": "jane@example.com"},
                     "profiles": "GitHub"},
          "skills": [{"name": "GPU", "keywords": ["CUDA", true, ["nested"]]}, "Triton"],
          "awards": {"title": "Best Paper"}
        }""");
    assertEquals(List.of(
        "/basics/email: not a string",
        "/basics/profiles: not an array",
        "/skills/0/keywords/1: not a string",
        "/skills/0/keywords/2: not a string",
        "/skills/1: not an object",
        "/awards: not an array"), notImported(source));
    assertCompiles(source);
  }

  @Test
  void datesThatAreNoDatesAreListed() {
    String source = toJava("""
        {
          "basics": {"name": "Jane Doe"},
          "work": [{"name": "Tencent", "startDate": "Summer 2019", "endDate": "2021-00"}],
          "awards": [{"title": "Best Paper", "date": "2021/09/08"}]
        }""");
    assertEquals(List.of(
        "/work/0/startDate: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
        "/work/0/endDate: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
        "/awards/0/date: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        notImported(source));
  }

  @Test
  void emptyUrlsAreListedAndLeftOut() {
    String source = toJava("""
        {
          "basics": {"name": "Jane Doe", "url": "", "image": "",
                     "profiles": [{"network": "GitHub", "url": ""}]},
          "meta": {"canonical": ""}
        }""");
    assertEquals(List.of(
        "/basics/url: an empty URL",
        "/basics/image: an empty URL",
        "/basics/profiles/0/url: an empty URL",
        "/meta/canonical: an empty URL"), notImported(source));
    assertFalse(source.contains(".url("), source);
    assertCompiles(source);
  }

  @Test
  void extensionPartsTheDocumentDoesNotMatchAreListed() {
    String source = toJava("""
        {
          "basics": {"name": "Jane Doe"},
          "work": [{"name": "Tencent", "startDate": "2021"}],
          "x-vitae": {
            "ongoing": ["/work/0", "/work/7"],
            "subHighlights": {"/work/0/highlights/3": [{"text": "lost"}]},
            "translations": {"/basics/label": {"de": "Ingenieurin"}},
            "order": ["/work", "/skills"]
          }
        }""");
    assertEquals(List.of(
        "/x-vitae/ongoing/1: an ongoing entry the document does not have",
        "/x-vitae/subHighlights/~1work~10~1highlights~13: bullets under a bullet the document"
            + " lacks",
        "/x-vitae/translations/~1basics~1label: translations of a text the document does not"
            + " have",
        "/x-vitae/order/1: a section the document does not have"), notImported(source));
    assertCompiles(source);
  }

  @Test
  void aDocumentWithNothingLeftOutHasNoList() {
    String source = toJava("""
        {"$schema": "https://example.com/schema.json", "basics": {"name": "Jane Doe"}}""");
    assertEquals(List.of(), notImported(source));
    assertFalse(source.contains("Not imported"), source);
  }

  private static String toJava(String json) {
    return JsonResumeImporter.toJava(json, "test", "Jane", "jane");
  }

  private void assertCompiles(String source) {
    Compilation compilation = CvCompiler.compile("test.Jane", source, output);
    assertEquals(List.of(), CvCompiler.errors(compilation), source);
  }
}
