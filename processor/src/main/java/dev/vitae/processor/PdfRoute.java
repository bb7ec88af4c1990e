package dev.vitae.processor;

import java.util.List;
import java.util.Locale;

/**
 * How the PDF is made ({@code -Avitae.pdf=...}): by Vitae's own engine from the HTML page
 * (the default, nothing to install), by an installed xelatex from the LaTeX, or not at all.
 */
enum PdfRoute {
  BUILTIN, XELATEX, NONE;

  static final String OPTION = "vitae.pdf";

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The route {@code value} names (null: the default); a mistake goes to {@code mistakes}. */
  static PdfRoute of(String value, List<String> mistakes) {
    if (value == null) {
      return BUILTIN;
    }
    for (PdfRoute route : values()) {
      if (route.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return route;
      }
    }
    mistakes.add("-A" + OPTION + "=" + value + " names no way to make the PDF; write builtin"
        + " (Vitae's own, the default), xelatex (an installed xelatex compiles the LaTeX) or"
        + " none");
    return BUILTIN;
  }
}
