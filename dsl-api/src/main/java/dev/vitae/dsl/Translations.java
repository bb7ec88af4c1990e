package dev.vitae.dsl;

import dev.vitae.dsl.model.Translation;
import java.lang.reflect.Method;

/**
 * Short names for translations, to import statically:
 * <pre>{@code
 * import static dev.vitae.dsl.Translations.*;
 * .position("Engineer", zhHans("工程师"))
 * }</pre>
 */
public final class Translations {

  private Translations() {}

  /** The helper method for {@code language} ({@code "zhHans"}), or null when there is none. */
  public static String helperFor(String language) {
    String helper = language.replace("-", "");
    for (Method method : Translations.class.getMethods()) {
      if (method.getName().equals(helper) && method.getParameterCount() == 1) {
        return helper;
      }
    }
    return null;
  }

  /** The text in any language, by its BCP 47 tag. */
  public static Translation in(String language, String text) {
    return Translation.of(language, text);
  }

  public static Translation en(String text) {
    return in("en", text);
  }

  /** Simplified Chinese. */
  public static Translation zhHans(String text) {
    return in("zh-Hans", text);
  }

  /** Traditional Chinese. */
  public static Translation zhHant(String text) {
    return in("zh-Hant", text);
  }

  public static Translation ja(String text) {
    return in("ja", text);
  }

  public static Translation ko(String text) {
    return in("ko", text);
  }

  public static Translation de(String text) {
    return in("de", text);
  }

  public static Translation fr(String text) {
    return in("fr", text);
  }

  public static Translation es(String text) {
    return in("es", text);
  }

  /** Brazilian Portuguese. */
  public static Translation ptBR(String text) {
    return in("pt-BR", text);
  }

  public static Translation ru(String text) {
    return in("ru", text);
  }
}
