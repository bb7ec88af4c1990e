package dev.vitae.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.vitae.dsl.Translations;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Model values as the arguments of builder calls, written as a person writes them: strings as
 * literals (JavaPoet escapes them), months as statically imported constants
 * ({@code FEBRUARY}), translations through the short helpers ({@code zhHans("...")}). Remembers
 * the static imports the arguments need.
 */
final class Arguments {

  private static final ClassName TRANSLATIONS = ClassName.get(Translations.class);
  private static final ClassName MONTH = ClassName.get(Month.class);

  /** Sorted by name, so that the imports come out the same each time. */
  private final Set<StaticImport> staticImports = new TreeSet<>();

  /** A member of a class that the source imports statically. */
  record StaticImport(ClassName owner, String member) implements Comparable<StaticImport> {
    @Override
    public int compareTo(StaticImport other) {
      return (owner.canonicalName() + "." + member)
          .compareTo(other.owner.canonicalName() + "." + other.member);
    }
  }

  /** The static imports the arguments made so far need, sorted. */
  List<StaticImport> staticImports() {
    return List.copyOf(staticImports);
  }

  Code string(String value) {
    return new StringLiteral(value);
  }

  /** A text's arguments: its value, then a translation helper per translation. */
  List<Code> text(Text text) {
    List<Code> arguments = new ArrayList<>();
    arguments.add(string(text.value()));
    text.translations().forEach(translation -> arguments.add(translation(translation)));
    return arguments;
  }

  /** A text as one argument: a string, or {@code Vitae.text("...", zhHans("..."))}. */
  Code textObject(Text text) {
    return text.translations().isEmpty() ? string(text.value()) : textCall(text);
  }

  /**
   * Texts as varargs: strings, or, when any has a translation, all of them as
   * {@code Vitae.text(...)}, for a call takes either strings or texts.
   */
  List<Code> texts(List<Text> texts) {
    boolean translated = texts.stream().anyMatch(text -> !text.translations().isEmpty());
    return texts.stream().map(text -> translated ? textCall(text) : string(text.value()))
        .toList();
  }

  private Code textCall(Text text) {
    return Call.helper(CodeBlock.of("$T.text", Vitae.class), "Vitae.text", text(text));
  }

  /** {@code zhHans("...")}, or {@code in("tag", "...")} for a language without a helper. */
  private Code translation(Translation translation) {
    String helper = Translations.helperFor(translation.language());
    List<Code> arguments = new ArrayList<>();
    if (helper == null) {
      helper = "in";
      arguments.add(string(translation.language()));
    }
    arguments.add(string(translation.value()));
    staticImports.add(new StaticImport(TRANSLATIONS, helper));
    // The helper's name sits in the format itself: JavaPoet drops the class of a member it
    // imports statically only when the member follows "$T." literally.
    return Call.helper(CodeBlock.of("$T." + helper, TRANSLATIONS), helper, arguments);
  }

  /**
   * A date's arguments: {@code 2021}, {@code 2021, FEBRUARY} or {@code 2021, FEBRUARY, 1}. A
   * month no calendar has stays a number, for Vitae's checks to report where it is written.
   */
  List<Code> date(PartialDate date) {
    List<Code> arguments = new ArrayList<>();
    arguments.add(Literal.integer(date.year()));
    if (date.hasMonth() || date.hasDay()) {
      arguments.add(date.month() >= 1 && date.month() <= 12
          ? month(Month.of(date.month())) : Literal.integer(date.month()));
    }
    if (date.hasDay()) {
      arguments.add(Literal.integer(date.day()));
    }
    return arguments;
  }

  private Code month(Month month) {
    staticImports.add(new StaticImport(MONTH, month.name()));
    return Literal.of(CodeBlock.of("$T." + month.name(), MONTH), month.name());
  }

  /** {@code Label.WORK}. */
  Code label(Label label) {
    return Literal.of(CodeBlock.of("$T.$L", Label.class, label.name()), "Label." + label.name());
  }
}
