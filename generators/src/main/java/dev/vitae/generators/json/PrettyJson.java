package dev.vitae.generators.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.generators.JsonTrees;

/**
 * Writes a JSON tree the way people and diff tools like it, the same on every platform: two
 * spaces of indent, one array element per line, {@code "key": value}, {@code \n} line ends
 * (never the platform's), a final newline. Non-ASCII text stays as it is (UTF-8).
 */
final class PrettyJson {

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(INDENT)
      .withArrayIndenter(INDENT);

  private PrettyJson() {}

  static String write(JsonNode tree) {
    return JsonTrees.write(tree, LAYOUT) + "\n";
  }
}
