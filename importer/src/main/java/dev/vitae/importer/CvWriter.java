package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CV as one builder chain: {@code Vitae.cv(...)}, its languages' fallbacks and labels,
 * the basics, each section in the author's order, the meta data, and {@code .build()}.
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
      calls.add(new BasicsWriter(arguments).write(cv.basics()));
    }
    for (SectionRef section : SectionOrder.of(cv.order(), SectionOrder.present(cv))) {
      calls.addAll(section(cv, section));
    }
    if (cv.meta() != null) {
      calls.add(new MetaWriter(arguments).write(cv.meta()));
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

  /** The calls that add every entry of one section. */
  private List<Call> section(Resume cv, SectionRef section) {
    if (section.isCustom()) {
      return List.of(new CustomSectionWriter(arguments).write(cv.sections().get(section.index())));
    }
    return switch (section.kind()) {
      case WORK -> each(cv.work(), new WorkWriter(arguments));
      case VOLUNTEER -> each(cv.volunteer(), new VolunteerWriter(arguments));
      case EDUCATION -> each(cv.education(), new EducationWriter(arguments));
      case AWARDS -> each(cv.awards(), new AwardWriter(arguments));
      case CERTIFICATES -> each(cv.certificates(), new CertificateWriter(arguments));
      case PUBLICATIONS -> each(cv.publications(), new PublicationWriter(arguments));
      case SKILLS -> each(cv.skills(), new SkillWriter(arguments));
      case LANGUAGES -> each(cv.languages(), new LanguageWriter(arguments));
      case INTERESTS -> each(cv.interests(), new InterestWriter(arguments));
      case REFERENCES -> each(cv.references(), new ReferenceWriter(arguments));
      case PROJECTS -> each(cv.projects(), new ProjectWriter(arguments));
      case CUSTOM -> throw new IllegalArgumentException("a custom section without an index");
    };
  }

  private static <T> List<Call> each(List<T> entries, EntryWriter<T> writer) {
    return entries.stream().map(writer::write).toList();
  }
}
