package dev.vitae.dsl.check;

import dev.vitae.dsl.Translations;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Localization.LabelOverride;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules of a CV written in several languages: declared languages are well-formed, every
 * text has a translation into each of them (or a declared fallback), and no translation goes
 * into a language the CV does not declare.
 */
final class LanguageChecker {

  private static final Set<Label> PATTERNS =
      Set.of(Label.MONTH_FORMAT, Label.DAY_FORMAT, Label.YEAR_FORMAT);

  private final Localization localization;
  private final Consumer<Problem> report;

  private LanguageChecker(Localization localization, Consumer<Problem> report) {
    this.localization = localization;
    this.report = report;
  }

  static void check(Resume cv, Consumer<Problem> report) {
    LanguageChecker checker = new LanguageChecker(cv.localization(), report);
    checker.checkDeclarations();
    TextWalker.walk(cv, Path.ROOT, checker::checkTranslations);
  }

  private void checkDeclarations() {
    List<String> languages = localization.languages();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      String tag = languages.get(i);
      Path at = i == 0 ? Path.ROOT.then("primary") : Path.ROOT.then("translations", i - 1);
      String canonical = canonical(tag);
      if (canonical == null) {
        report(Check.LANGUAGE, at, "language \"" + tag + "\" is not a BCP 47 language tag;"
            + " write it like \"en\", \"zh-Hans\" or \"pt-BR\"");
      } else if (!canonical.equals(tag)) {
        report(Check.LANGUAGE, at, "language \"" + tag + "\" is a BCP 47 language tag in"
            + " another spelling; write it as \"" + canonical + "\"");
      } else if (!seen.add(tag)) {
        report(Check.LANGUAGE, at, "language " + tag + " is declared twice");
      }
    }
    int index = 0;
    for (Map.Entry<String, String> fallback : localization.fallbacks().entrySet()) {
      Path at = Path.ROOT.then("fallback", index++);
      String subject = ".fallback(\"" + fallback.getKey() + "\", \"" + fallback.getValue() + "\")";
      requireDeclared(fallback.getKey(), at.then("language"), subject);
      requireDeclared(fallback.getValue(), at.then("fallback"), subject);
    }
    List<LabelOverride> labels = localization.labels();
    for (int i = 0; i < labels.size(); i++) {
      LabelOverride label = labels.get(i);
      Path at = Path.ROOT.then("label", i);
      requireDeclared(label.language(), at.then("language"), ".label(\"" + label.language()
          + "\", " + label.label() + ", ...)");
      if (label.label() == null) {
        report(Check.LABEL, at.then("label"), "the label is missing; name one such as"
            + " Label.PRESENT or Label.MONTH_FORMAT");
      } else if (label.text() == null) {
        report(Check.LABEL, at.then("text"), label.label() + " has no text; give the word or"
            + " pattern to use, or leave the label out to keep the built-in one");
      } else if (PATTERNS.contains(label.label())) {
        String flaw = DatePatterns.flaw(label.text(), label.language());
        if (flaw != null) {
          report(Check.LABEL, at.then("text"), label.label() + " \"" + label.text()
              + "\" " + flaw + "; write one like \"MMM yyyy\" or \"yyyy.M\"");
        }
      }
    }
  }

  private void checkTranslations(Path path, Text text) {
    List<Translation> translations = text.translations();
    Set<String> translated = new HashSet<>();
    for (int i = 0; i < translations.size(); i++) {
      String language = translations.get(i).language();
      Path at = path.then("translations", i);
      if (language.equals(localization.primary())) {
        report(Check.LANGUAGE, at, quote(path, text) + " is already in " + language
            + ", the CV's first language; remove this translation");
      } else if (requireDeclared(language, at, quote(path, text) + " translated into " + language)
          && !translated.add(language)) {
        report(Check.LANGUAGE, at, quote(path, text) + " has two " + language
            + " translations; keep one");
      }
    }
    for (String language : localization.languages().subList(1, localization.languages().size())) {
      if (!text.has(language) && !localization.fallbacks().containsKey(language)) {
        report(Check.MISSING_TRANSLATION, path, quote(path, text) + " has no " + language
            + " text; add " + helperFor(language) + " to the call, or declare .fallback(\""
            + language + "\", \"" + localization.primary() + "\")");
      }
    }
  }

  /** Reports {@code language} at {@code at} unless the CV declares it; says if it does. */
  private boolean requireDeclared(String language, Path at, String subject) {
    if (language == null) {
      report(Check.LANGUAGE, at, subject + ": the language is missing; name one of "
          + String.join(", ", localization.languages()));
      return false;
    }
    if (localization.languages().contains(language)) {
      return true;
    }
    List<String> declared = new ArrayList<>(localization.languages());
    declared.add(language);
    report(Check.LANGUAGE, at, subject + ": " + language + " is not a language of this CV;"
        + " declare it: Vitae.cv(" + String.join(", ",
            declared.stream().map(l -> "\"" + l + "\"").toList()) + ")");
    return false;
  }

  private void report(Check check, Path path, String description) {
    report.accept(new Problem(check, path, description));
  }

  private static String quote(Path path, Text text) {
    return Quotes.of(path, text.value());
  }

  /** How the author writes a translation into {@code language}: zhHans("..."). */
  private static String helperFor(String language) {
    String helper = Translations.helperFor(language);
    return helper == null ? "in(\"" + language + "\", \"...\")" : helper + "(\"...\")";
  }

  /**
   * The tag as the JDK spells it ({@code en-US} for {@code en-us}), or null if it is no
   * well-formed BCP 47 tag with a language: "english" (a language subtag has two or three
   * letters), "zh_CN", "x".
   */
  private static String canonical(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException notATag) {
      return null;
    }
    String language = locale.getLanguage();
    return language.length() == 2 || language.length() == 3 ? locale.toLanguageTag() : null;
  }
}
