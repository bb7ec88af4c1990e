package dev.vitae.generators.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/** The W3C Nu Html Checker, run in process on one page. */
public final class NuHtmlChecker {

  private NuHtmlChecker() {}

  /**
   * The checker's guess at the language of a page's text. It samples at random, so the same
   * page is said to be "written in Norwegian" in one run and not in the next; and a CV may
   * well declare one language while its texts are in another (names, a Chinese CV with English
   * headings). The page's {@code lang} is the CV's declared language, which tests check.
   */
  private static final String LANGUAGE_GUESS = "This document appears to be written in";

  /** Each error and warning about {@code page} as "line:column type: message". */
  public static List<String> problems(String page) throws Exception {
    List<String> problems = new ArrayList<>();
    for (JsonNode message : report(page).path("messages")) {
      String type = message.path("type").asText();
      boolean warning = "warning".equals(message.path("subType").asText())
          && !message.path("message").asText().startsWith(LANGUAGE_GUESS);
      if ("error".equals(type) || "non-document-error".equals(type) || warning) {
        problems.add(message.path("lastLine").asText() + ":"
            + message.path("firstColumn").asText() + " "
            + (warning ? "warning" : type) + ": " + message.path("message").asText());
      }
    }
    return problems;
  }

  /** The checker's whole JSON report on {@code page}. */
  public static JsonNode report(String page) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    String report = validator.validate(
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    // The checker configures log4j to print everything at DEBUG, FreeMarker's cache included.
    Logger.getLogger("freemarker").setLevel(Level.WARN);
    return new ObjectMapper().readTree(report);
  }
}
