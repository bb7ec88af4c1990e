package dev.vitae.dsl.model;

import java.util.Locale;

/**
 * The designs Vitae ships, each complete across the PDF, HTML and LaTeX. A project's own
 * theme is named by a string instead ({@code .style(s -> s.theme("acme"))}).
 */
public enum Theme {
  /** Dates in a column left of each entry, serif type: modelled on the classic CV. */
  CLASSIC,
  /** A coloured header with contact icons, sans-serif type. */
  MODERN,
  /** One dense column with no tables or icons, for applicant tracking systems. */
  COMPACT;

  /** The theme's name in options and folders: {@code classic}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The built-in theme named {@code key}, or null when it names none. */
  public static Theme byKey(String key) {
    for (Theme theme : values()) {
      if (theme.key().equals(key)) {
        return theme;
      }
    }
    return null;
  }
}
