package dev.vitae.dsl;

import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.CvChecker;
import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Localization.LabelOverride;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionName;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.VariantKey;
import dev.vitae.dsl.tailor.TailoredChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A whole CV. Each section method adds one entry and hands its builder to the lambda:
 * <pre>{@code
 * Vitae.cv()
 *     .basics(b -> b.name("Jane Doe").email("jane@example.com"))
 *     .work(w -> w.name("Tencent").position("Engineer").start(2021, FEBRUARY).ongoing())
 *     .build();
 * }</pre>
 *
 * <p>The outputs show the sections in the order they are first written here.
 */
public final class ResumeBuilder extends Builder {

  private BasicsBuilder basics;
  /** The entry builders of each kind of section, custom sections under CUSTOM. */
  private final Map<SectionKind, List<Builder>> sections = new EnumMap<>(SectionKind.class);
  private MetaBuilder meta;
  private StyleBuilder style;
  private TimelineBuilder timeline;
  private final List<String> writtenIn;
  private final Map<String, String> fallbacks = new LinkedHashMap<>();
  private final List<LabelOverride> labels = new ArrayList<>();
  private List<VariantKey> variants = List.of();
  /** The last check, reused while neither the CV nor the options change. */
  private Checked lastChecked;
  /** Each section once, where the author first wrote it: outputs keep that order. */
  private final Set<SectionRef> order = new LinkedHashSet<>();
  /** How many orders the variants chose: each call of {@link #order} is one. */
  private int chosenOrders;

  ResumeBuilder(List<String> writtenIn) {
    super(Path.ROOT);
    this.writtenIn = List.copyOf(writtenIn);
  }

  /**
   * Where {@code language} has no translation of a text, use the text in {@code fallback}
   * instead of reporting it missing: {@code .fallback("zh-Hans", "en")}.
   */
  public ResumeBuilder fallback(String language, String fallback) {
    fallbacks.put(language, fallback);
    return this;
  }

  /**
   * Overrides a word or date pattern the outputs in {@code language} add:
   * {@code .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.M")}.
   */
  public ResumeBuilder label(String language, Label label, String text, Mark... marks) {
    markAt(Path.ROOT.then("label", labels.size()), null, marks);
    labels.add(new LabelOverride(language, label, text));
    return this;
  }

  /**
   * The variants of this CV, each written to its own outputs: {@code .variants(Track.values())}
   * with the author's {@code enum Track implements Variant { INDUSTRY, ACADEMIC }}. Parts
   * marked {@code only(INDUSTRY)} appear in that variant alone; the others in every variant.
   */
  public ResumeBuilder variants(Variant... variants) {
    this.variants = Arrays.stream(variants).map(Marks::key).toList();
    return this;
  }

  /**
   * The order the sections of some variants are printed in, the first named first:
   * {@code .order(only(ACADEMIC), EDUCATION, PUBLICATIONS, titled("Teaching"), WORK)}. The
   * sections not named follow in the order they are written in; the other variants keep that
   * order.
   */
  public ResumeBuilder order(Mark mark, SectionName... sections) {
    Path call = Path.ROOT.then(Tailoring.ORDER, chosenOrders++);
    // A null mark is reported as a mark naming no variant.
    besideAt(Path.ROOT.then(Tailoring.ORDER), call.then("mark"),
        mark == null ? Mark.only(List.of()) : mark,
        sections == null ? List.of()
            : Collections.unmodifiableList(Arrays.asList(sections.clone())));
    return this;
  }

  public ResumeBuilder basics(Consumer<BasicsBuilder> basics) {
    if (this.basics == null) {
      this.basics = new BasicsBuilder(Path.ROOT.then("basics"));
    }
    basics.accept(this.basics);
    return this;
  }

  public ResumeBuilder work(Consumer<WorkBuilder> entry) {
    return add(SectionKind.WORK, WorkBuilder::new, entry);
  }

  public ResumeBuilder volunteer(Consumer<VolunteerBuilder> entry) {
    return add(SectionKind.VOLUNTEER, VolunteerBuilder::new, entry);
  }

  public ResumeBuilder education(Consumer<EducationBuilder> entry) {
    return add(SectionKind.EDUCATION, EducationBuilder::new, entry);
  }

  public ResumeBuilder award(Consumer<AwardBuilder> entry) {
    return add(SectionKind.AWARDS, AwardBuilder::new, entry);
  }

  public ResumeBuilder certificate(Consumer<CertificateBuilder> entry) {
    return add(SectionKind.CERTIFICATES, CertificateBuilder::new, entry);
  }

  public ResumeBuilder publication(Consumer<PublicationBuilder> entry) {
    return add(SectionKind.PUBLICATIONS, PublicationBuilder::new, entry);
  }

  public ResumeBuilder skill(Consumer<SkillBuilder> entry) {
    return add(SectionKind.SKILLS, SkillBuilder::new, entry);
  }

  public ResumeBuilder language(Consumer<LanguageBuilder> entry) {
    return add(SectionKind.LANGUAGES, LanguageBuilder::new, entry);
  }

  public ResumeBuilder interest(Consumer<InterestBuilder> entry) {
    return add(SectionKind.INTERESTS, InterestBuilder::new, entry);
  }

  public ResumeBuilder reference(Consumer<ReferenceBuilder> entry) {
    return add(SectionKind.REFERENCES, ReferenceBuilder::new, entry);
  }

  public ResumeBuilder project(Consumer<ProjectBuilder> entry) {
    return add(SectionKind.PROJECTS, ProjectBuilder::new, entry);
  }

  /** A titled section for what JSON Resume lacks: patents, talks, teaching, blogs. */
  public ResumeBuilder section(String title, Consumer<SectionBuilder> entries) {
    return section(text(title), entries);
  }

  /** A titled section whose title is given in several languages. */
  public ResumeBuilder section(Text title, Consumer<SectionBuilder> entries) {
    List<Builder> custom = entries(SectionKind.CUSTOM);
    order.add(SectionRef.custom(custom.size()));
    SectionBuilder section =
        new SectionBuilder(Path.ROOT.then(SectionKind.CUSTOM.method(), custom.size()), title);
    custom.add(section);
    entries.accept(section);
    return this;
  }

  public ResumeBuilder meta(Consumer<MetaBuilder> meta) {
    if (this.meta == null) {
      this.meta = new MetaBuilder(Path.ROOT.then("meta"));
    }
    meta.accept(this.meta);
    return this;
  }

  /**
   * How this CV looks in every format: its theme, accent colour, paper and base font size,
   * {@code .style(s -> s.theme(Theme.MODERN).paper(Paper.LETTER))}.
   */
  public ResumeBuilder style(Consumer<StyleBuilder> settings) {
    if (this.style == null) {
      this.style = new StyleBuilder(Path.ROOT.then("style"));
    }
    settings.accept(this.style);
    return this;
  }

  /**
   * This CV's settings for the timeline analysis (gaps between jobs, overlapping jobs):
   * {@code .timeline(t -> t.maxGap(12).ignore(SectionKind.EDUCATION))}.
   */
  public ResumeBuilder timeline(Consumer<TimelineBuilder> settings) {
    if (this.timeline == null) {
      this.timeline = new TimelineBuilder(Path.ROOT.then("timeline"));
    }
    settings.accept(this.timeline);
    return this;
  }

  /**
   * The CV, once no rule reports an error. Warnings do not stop it; {@link #check()} lists
   * them.
   *
   * @throws InvalidCvException listing every error found, when there is any
   */
  public Resume build() {
    Resume cv = toModel();
    List<Problem> errors = CvChecker.errors(check(cv, CheckOptions.DEFAULT));
    if (!errors.isEmpty()) {
      throw new InvalidCvException(errors);
    }
    return cv;
  }

  /**
   * Every problem of the CV as written so far, errors and warnings, without throwing; with the
   * default timeline settings under this CV's own, and no reference date.
   */
  public List<Problem> check() {
    return check(CheckOptions.DEFAULT);
  }

  /**
   * Every problem of the CV as written so far, errors and warnings, for a build with
   * {@code options}: its reference date, and its timeline settings under this CV's own.
   */
  public List<Problem> check(CheckOptions options) {
    return check(toModel(), options);
  }

  /**
   * The problems of every variant as it is printed, found by the same rules; found once for
   * the same CV and options, so {@code check(options)} after {@code build()} (what the
   * annotation processor does) costs nothing more.
   */
  private List<Problem> check(Resume cv, CheckOptions options) {
    CheckOptions own = timeline == null ? options
        : options.withTimeline(timeline.over(options.timeline()));
    Map<Path, Path> writtenBy = new LinkedHashMap<>();
    collectWrittenBy(writtenBy);
    Checked last = lastChecked;
    if (last != null && last.cv().equals(cv) && last.options().equals(own)
        && last.writtenBy().equals(writtenBy)) {
      return last.problems();
    }
    List<Problem> problems = TailoredChecks.check(cv, own).stream()
        .map(problem -> atCall(problem, writtenBy)).toList();
    lastChecked = new Checked(cv, own, writtenBy, problems);
    return problems;
  }

  /** A CV checked with some options, and what the rules found. */
  private record Checked(Resume cv, CheckOptions options, Map<Path, Path> writtenBy,
      List<Problem> problems) {}

  /**
   * The problem at the call that wrote what it is about: {@code skill[0].keyword[1]} for the
   * keyword the model holds as {@code skill[0].keywords[3]}.
   */
  private static Problem atCall(Problem problem, Map<Path, Path> writtenBy) {
    List<Path.Segment> segments = problem.path().segments();
    for (int known = segments.size(); known > 0; known--) {
      Path element = problem.path().prefix(known);
      Path call = writtenBy.get(element);
      if (call != null) {
        List<Path.Segment> whole = new ArrayList<>(call.segments());
        whole.addAll(segments.subList(known, segments.size()));
        return new Problem(problem.check(), problem.severity(), new Path(whole),
            problem.description().replace(element.toString(), call.toString()));
      }
    }
    return problem;
  }

  @Override
  Resume toModel() {
    return new Resume(
        basics == null ? null : basics.toModel(),
        models(SectionKind.WORK),
        models(SectionKind.VOLUNTEER),
        models(SectionKind.EDUCATION),
        models(SectionKind.AWARDS),
        models(SectionKind.CERTIFICATES),
        models(SectionKind.PUBLICATIONS),
        models(SectionKind.SKILLS),
        models(SectionKind.LANGUAGES),
        models(SectionKind.INTERESTS),
        models(SectionKind.REFERENCES),
        models(SectionKind.PROJECTS),
        models(SectionKind.CUSTOM),
        meta == null ? null : meta.toModel(),
        style == null ? Style.DEFAULT : style.toModel(),
        new Localization(writtenIn, fallbacks, labels),
        List.copyOf(order),
        tailoring());
  }

  private Tailoring tailoring() {
    Map<String, List<PlacedMark>> marks = new LinkedHashMap<>();
    collectMarks(marks);
    return variants.isEmpty() && marks.isEmpty() ? Tailoring.NONE
        : new Tailoring(variants, marks);
  }

  @Override
  List<? extends Builder> parts() {
    List<Builder> parts = new ArrayList<>();
    if (basics != null) {
      parts.add(basics);
    }
    if (style != null) {
      parts.add(style);
    }
    sections.values().forEach(parts::addAll);
    return parts;
  }

  /** The records the builders of {@code kind} made, typed as the model's list expects. */
  @SuppressWarnings("unchecked")
  private <T> List<T> models(SectionKind kind) {
    return (List<T>) entries(kind).stream().map(Builder::toModel).toList();
  }

  private List<Builder> entries(SectionKind kind) {
    return sections.computeIfAbsent(kind, k -> new ArrayList<>());
  }

  /** Adds an entry of a standard {@code kind}, made by {@code create}, filled by {@code fill}. */
  private <B extends Builder> ResumeBuilder add(SectionKind kind, Function<Path, B> create,
      Consumer<B> fill) {
    order.add(SectionRef.of(kind));
    List<Builder> entries = entries(kind);
    B builder = create.apply(Path.ROOT.then(kind.method(), entries.size()));
    entries.add(builder);
    fill.accept(builder);
    return this;
  }
}
