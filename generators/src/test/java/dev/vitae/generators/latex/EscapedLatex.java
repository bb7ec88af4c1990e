package dev.vitae.generators.latex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link LatexEscaper#escape} output back by the strict grammar of what the escaper may
 * write, and fails on anything else. A text that decodes is inert: every character TeX gives a
 * meaning to is part of an escape the grammar knows, and braces only come from the escaper's
 * own font and emoji wrappers.
 */
final class EscapedLatex {

  private static final Map<String, String> ESCAPES = Map.ofEntries(
      Map.entry("\\textbackslash{}", "\\"),
      Map.entry("\\{", "{"),
      Map.entry("\\}", "}"),
      Map.entry("\\$", "$"),
      Map.entry("\\&", "&"),
      Map.entry("\\#", "#"),
      Map.entry("\\%", "%"),
      Map.entry("\\_", "_"),
      Map.entry("\\textasciicircum{}", "^"),
      Map.entry("\\textasciitilde{}", "~"),
      Map.entry("\\textless{}", "<"),
      Map.entry("\\textgreater{}", ">"),
      Map.entry("\\textbar{}", "|"));

  private static final String FALLBACK = "\\cvfallback{";
  private static final Pattern EMOJI = Pattern.compile("\\\\cvemoji\\{([0-9a-f-]+)\\}\\{([0-9a-f-]+)\\}\\{");
  private static final String BARE_SPECIALS = "\\{}$&#%_^~<>|";

  private EscapedLatex() {}

  /** The text the LaTeX prints; throws {@link IllegalArgumentException} if it is not inert. */
  static String decode(String latex) {
    StringBuilder text = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int index = 0;
    while (index < latex.length()) {
      char c = latex.charAt(index);
      if (c == '\\') {
        index = command(latex, index, text, open);
      } else if (c == '}') {
        if (open.isEmpty()) {
          throw new IllegalArgumentException("bare } at " + index + " in " + latex);
        }
        open.pop();
        index++;
      } else if (BARE_SPECIALS.indexOf(c) >= 0) {
        throw new IllegalArgumentException("bare " + c + " at " + index + " in " + latex);
      } else {
        text.append(c);
        index++;
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("unclosed " + open.peek() + " in " + latex);
    }
    return text.toString();
  }

  private static int command(String latex, int index, StringBuilder text, Deque<String> open) {
    for (Map.Entry<String, String> escape : ESCAPES.entrySet()) {
      if (latex.startsWith(escape.getKey(), index)) {
        text.append(escape.getValue());
        return index + escape.getKey().length();
      }
    }
    if (latex.startsWith(FALLBACK, index)) {
      if (open.contains(FALLBACK)) {
        throw new IllegalArgumentException("nested fallback at " + index + " in " + latex);
      }
      open.push(FALLBACK);
      return index + FALLBACK.length();
    }
    Matcher emoji = EMOJI.matcher(latex).region(index, latex.length());
    if (emoji.lookingAt()) {
      open.push("\\cvemoji");
      return emoji.end();
    }
    throw new IllegalArgumentException("unknown command at " + index + " in " + latex);
  }
}
