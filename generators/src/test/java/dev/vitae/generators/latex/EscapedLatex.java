package dev.vitae.generators.latex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads escaped LaTeX back by the strict grammar of what the escaper (and, in markup mode, the
 * inline markup renderer) may write, and fails on anything else. A text that decodes is inert:
 * every character TeX gives a meaning to is part of an escape the grammar knows, and braces
 * only come from the wrappers and commands the grammar lists.
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

  /** The fallback fonts' runs; they never nest. */
  private static final List<String> FALLBACKS =
      List.of("\\cvfallback{", "\\cvupright{", "\\cvmath{");
  /** Where a long run may break: prints nothing. */
  private static final String BREAK = "\\cvbreak{}";
  private static final Pattern EMOJI =
      Pattern.compile("\\\\cvemoji\\{([0-9a-f-]+)\\}\\{([0-9a-f-]+)\\}\\{");
  private static final String BARE_SPECIALS = "\\{}$&#%_^~<>|";

  /** The commands inline markup adds; their argument is LaTeX of this grammar again. */
  private static final List<String> MARKUP = List.of("\\textbf{", "\\emph{", "\\texttt{");
  private static final String LINE_BREAK = "\\cvnewline{}";
  /** A link: what {@code LatexEscaper.escapeUrl} may write, then the link text. */
  private static final Pattern HREF = Pattern.compile(
      "\\\\href\\{(?:[-!$&'()*+,./0-9:;=?@A-Z\\[\\]_a-z~]|\\\\[%#])+\\}\\{");
  private final String latex;
  private final boolean markup;
  private final StringBuilder text = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private int index;

  private EscapedLatex(String latex, boolean markup) {
    this.latex = latex;
    this.markup = markup;
  }

  /** The text the LaTeX prints; throws {@link IllegalArgumentException} if it is not inert. */
  static String decode(String latex) {
    return new EscapedLatex(latex, false).read();
  }

  /** As {@link #decode}, also accepting bold, italic, code, line breaks and links. */
  static String decodeMarkup(String latex) {
    return new EscapedLatex(latex, true).read();
  }

  private String read() {
    while (index < latex.length()) {
      char c = latex.charAt(index);
      if (c == '\\') {
        command();
      } else if (c == '}') {
        if (open.isEmpty()) {
          throw fail("bare }");
        }
        open.pop();
        index++;
      } else if (BARE_SPECIALS.indexOf(c) >= 0) {
        throw fail("bare " + c);
      } else {
        text.append(c);
        index++;
      }
    }
    if (!open.isEmpty()) {
      throw fail("unclosed " + open.peek());
    }
    return text.toString();
  }

  private void command() {
    for (Map.Entry<String, String> escape : ESCAPES.entrySet()) {
      if (latex.startsWith(escape.getKey(), index)) {
        text.append(escape.getValue());
        index += escape.getKey().length();
        return;
      }
    }
    if (latex.startsWith(BREAK, index)) {
      index += BREAK.length();
      return;
    }
    for (String fallback : FALLBACKS) {
      if (latex.startsWith(fallback, index)) {
        if (open.stream().anyMatch(FALLBACKS::contains)) {
          throw fail("nested fallback font");
        }
        group(fallback, fallback.length());
        return;
      }
    }
    if (lookingAt(EMOJI) || markup && markupCommand()) {
      return;
    }
    throw fail("unknown command");
  }

  private boolean markupCommand() {
    for (String command : MARKUP) {
      if (latex.startsWith(command, index)) {
        group(command, command.length());
        return true;
      }
    }
    if (latex.startsWith(LINE_BREAK, index)) {
      text.append('\n');
      index += LINE_BREAK.length();
      return true;
    }
    return lookingAt(HREF);
  }

  private boolean lookingAt(Pattern command) {
    Matcher matcher = command.matcher(latex).region(index, latex.length());
    if (!matcher.lookingAt()) {
      return false;
    }
    group(command.pattern(), matcher.end() - index);
    return true;
  }

  private void group(String name, int length) {
    open.push(name);
    index += length;
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException(what + " at " + index + " in " + latex);
  }
}
