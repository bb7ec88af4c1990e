package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.json.JsonResumeLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CV as one builder chain: {@code Vitae.cv(...)}, its languages' fallbacks and labels,
 * the basics, each section in the author's order, the meta data, the style, and
 * {@code .build()}.
 */
final class CvWriter {

  private final Arguments arguments;

  CvWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  Chain write(Resume cv) {
    Localization localization = cv.localization();
    List<Code> calls = new ArrayList<>();
    localization.fallbacks().forEach((language, fallback) -> calls.add(
        Call.method("fallback", arguments.string(language), arguments.string(fallback))));
    localization.labels().forEach(override -> calls.add(Call.method("label",
        arguments.string(override.language()), arguments.label(override.label()),
        arguments.string(override.text()))));
    if (cv.basics() != null) {
      calls.add(BuilderCalls.entry(arguments,
          ModelNames.builderMethod(JsonResumeLayout.BASICS), cv.basics()));
    }
    for (SectionRef section : SectionOrder.of(cv.order(), SectionOrder.present(cv))) {
      calls.addAll(section(cv, section));
    }
    if (cv.meta() != null) {
      calls.add(BuilderCalls.entry(arguments,
          ModelNames.builderMethod(JsonResumeLayout.META), cv.meta()));
    }
    Call style = StyleCall.of(cv.style(), arguments);
    if (style != null) {
      calls.add(style);
    }
    calls.add(Call.method("build"));
    return new Chain(start(localization), calls);
  }

  /** {@code Vitae.cv()} for English, else {@code Vitae.cv("en", "zh-Hans")}. */
  private Code start(Localization localization) {
    List<String> languages = localization.languages();
    if (languages.equals(List.of("en"))) {
      return Literal.of(CodeBlock.of("$T.cv()", Vitae.class), "Vitae.cv()");
    }
    CodeBlock tags = CodeBlock.join(
        languages.stream().map(language -> arguments.string(language).flat()).toList(), ", ");
    return Literal.of(CodeBlock.of("$T.cv($L)", Vitae.class, tags), "Vitae.cv(" + tags + ")");
  }

  /**
   * The calls that add every entry of one section, each as a lambda filling the entry's
   * builder: {@code .work(w -> w.name("Tencent").start(2021, FEBRUARY))}.
   */
  private List<Call> section(Resume cv, SectionRef section) {
    if (section.isCustom()) {
      return List.of(customSection(cv.sections().get(section.index())));
    }
    SectionKind kind = section.kind();
    return kind.in(cv).stream()
        .map(entry -> BuilderCalls.entry(arguments, kind.method(), (Record) entry)).toList();
  }

  /**
   * A section JSON Resume has no place for: its title is the first argument, its summary,
   * entries and table fill the lambda.
   * <pre>{@code
   * .section("Patents", s -> s
   *     .entry(e -> e.title("Multi-Module Scheduling").start(2021, MARCH, 9))
   *     .columns("Office", "Number")
   *     .row("USPTO", "US10942771B2"))
   * }</pre>
   */
  private Call customSection(Section section) {
    String method = SectionKind.CUSTOM.method();
    // A missing title is an empty one: null would fit both section(String, ...) and
    // section(Text, ...), and Vitae reports either as missing.
    Text title = section.title() == null ? Text.of("") : section.title();
    return Call.method(method, arguments.textObject(title), new BuilderCalls(arguments)
        .components(section, "title").asLambda(BuilderCalls.parameter(method)));
  }
}
