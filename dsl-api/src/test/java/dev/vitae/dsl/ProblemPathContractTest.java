package dev.vitae.dsl;

import static dev.vitae.dsl.Translations.de;
import static dev.vitae.dsl.Translations.fr;
import static dev.vitae.dsl.Translations.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.CvChecker;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Path.Segment;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract between the rules and the annotation processor: a problem's path is spelled in
 * the builders' own names, so the processor can walk from the CV's root call to the argument
 * that set the value. Each segment must be a method of the builder reached so far (a builder
 * made by a {@code Consumer} lambda, or a setter), or a parameter of the call that made that
 * builder or of the setter, never both. And every method a message tells the author to call
 * exists where the author would call it.
 *
 * <p>The CVs below make every rule fire on every field a rule looks at: a CV that sets every
 * field of the model with a wrong value and no translation, one that leaves out every required
 * field, one flawed date per part of a date, and the languages' own declarations.
 */
class ProblemPathContractTest {

  /** Where the advice in messages names a method: {@code add .name("...")}, {@code b.name(}. */
  private static final Pattern CALL = Pattern.compile("(\\w*)\\.(\\w+)\\(");
  /** The helper a missing translation is told to add: {@code add de("...")}. */
  private static final Pattern HELPER = Pattern.compile("add (\\w+)\\(\"");

  @Test
  void theParameterNamesAreCompiledIn() {
    Parameter month = methods(PeriodBuilder.class, "end").stream()
        .filter(m -> m.getParameterCount() == 2).findFirst().orElseThrow().getParameters()[1];
    assertTrue(month.isNamePresent(), "dsl-api must be compiled with -parameters");
    assertEquals("month", month.getName());
  }

  @Test
  void theCvWithEveryValueWrongSetsEveryFieldOfTheModel() {
    List<String> unset = new ArrayList<>();
    findUnset("cv", everyValueWrong().toModel(), unset);
    assertEquals(List.of(), unset, "set these in everyValueWrong(), so that the rules reach them");
  }

  @Test
  void everyRuleFires() {
    Set<Check> fired = EnumSet.noneOf(Check.class);
    problems().forEach(problem -> fired.add(problem.check()));
    // the phone number, the fonts and a photo's file are checked by the processor, with
    // libraries dsl-api does not use and the project's folders it does not know
    assertEquals(EnumSet.complementOf(EnumSet.of(Check.PHONE, Check.FONT, Check.IMAGE)), fired);
  }

  @Test
  void everySegmentOfEveryPathNamesABuilderMethodOrParameter() {
    List<String> broken = new ArrayList<>();
    for (Problem problem : problems()) {
      Resolution resolution = resolve(problem.path());
      if (resolution.failure() != null) {
        broken.add(problem.path() + ": " + resolution.failure());
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void everyMethodAMessageAdvisesExistsWhereItIsCalled() {
    List<String> broken = new ArrayList<>();
    for (Problem problem : problems()) {
      Resolution resolution = resolve(problem.path());
      String description = problem.description();
      Matcher call = CALL.matcher(description);
      while (call.find()) {
        String receiver = call.group(1);
        String method = call.group(2);
        // "add .x(...)": x is called on the builder that sets the value
        boolean direct = receiver.isEmpty() && description.startsWith("add .", call.start() - 4);
        List<Class<?>> where = receiver.equals("Vitae") ? List.of(Vitae.class)
            : direct ? List.of(resolution.owner())
            // ".fallback(...)" on the CV, "b.name(...)" inside a lambda the advice writes
            : resolution.builders();
        if (where.stream().allMatch(type -> methods(type, method).isEmpty())) {
          broken.add(problem + "\n    ." + method + "(...) is not a method of " + where);
        }
      }
      Matcher helper = HELPER.matcher(description);
      while (helper.find()) {
        if (methods(Translations.class, helper.group(1)).isEmpty()) {
          broken.add(problem + "\n    " + helper.group(1) + "(...) is not in Translations");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theContractCatchesANameNoBuilderHas() {
    Path wrong = Path.ROOT.then("work", 0).then("end").then("mnth");
    assertTrue(resolve(wrong).failure() != null, "mnth passed");
    assertEquals(null, resolve(Path.ROOT.then("work", 0).then("end").then("month")).failure());
    assertTrue(resolve(Path.ROOT.then("section", 0).then("heading")).failure() != null);
    assertEquals(null, resolve(Path.ROOT.then("primary")).failure());
    assertEquals(Vitae.class, resolve(Path.ROOT.then("primary")).owner());
    assertEquals(null, resolve(Path.ROOT.then("language", 0).then("fluency")).failure());
  }

  // ---------------------------------------------------------------------------------------
  // The CVs

  private static List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    Stream.concat(
            Stream.of(everyValueWrong(), everyRequiredMissing(), Vitae.cv(), everyWarning(),
                Vitae.cv("english").language(l -> l.language("German"))),
            Stream.of(PartialDate.of(99, 1, 1), PartialDate.of(2021, 13, 1),
                PartialDate.of(2021, 4, 31), PartialDate.of(2021, 0, 5))
                .map(ProblemPathContractTest::everyDateFlawed))
        .forEach(cv -> problems.addAll(cv.check(
            CheckOptions.DEFAULT.withToday(YearMonth.of(2026, 11)))));
    return problems;
  }

  /**
   * Every field set, most of them wrong, in a CV declared in English, German and more that
   * translates none of its texts: every text is reported where it is.
   */
  private static ResumeBuilder everyValueWrong() {
    return Vitae.cv("en", "de", "fr", "zh_CN", "de")
        .variants(Track.values())
        .fallback("fr", "it")
        .fallback("ru", "en")
        .label("it", Label.MONTH_FORMAT, "yyyy.{M")
        .basics(b -> b
            .name("Jane Doe", in("en", "Jane"), in("it", "Gianna"), fr("Jeanne"), fr("Jeanne"))
            .label("Engineer").image("photo.png").email("jane@").phone("+49 30\u0000 1234")
            .url("ftp://jane.example").summary("Builds things.")
            .location(l -> l.address("Main St 1").postalCode("10115").city("Berlin")
                .countryCode("Germany").region("Berlin"))
            .profile(p -> p.network("GitHub").username("jane").url("github.com/jane")))
        .work(w -> w.name("Tencent").location("Shenzhen").description("Games")
            .position("Engineer").url("javascript:alert(1)").start(2021, 2).end(2019, 1)
            .ongoing().summary("Kernels.")
            .highlight("Attention", h -> h.highlight("Prefill", n -> n.highlight("Decode"))))
        .volunteer(v -> v.organization("Code Club").position("Mentor").url("club")
            .start(2020).end(2019).ongoing().summary("Taught.")
            .highlight("Scratch", h -> h.highlight("Loops")))
        .education(e -> e.institution("Beihang").url("beihang").area("EE").studyType("Master")
            .location("Beijing").score("3.9").courses("Signals", "Systems").summary("Thesis.")
            .start(2019).end(2016).ongoing().highlight("Prize", h -> h.highlight("Thesis")))
        .award(a -> a.title("Best Paper").date(2021, 4, 31).awarder("ACM").summary("For it."))
        .certificate(c -> c.name("CKA").url("cncf").issuer("CNCF").date(2021, 13))
        .publication(p -> p.name("Paper").publisher("IEEE").url("doi").summary("About.")
            .date(21))
        .skill(s -> s.name("CUDA").level("Expert").keywords("PTX", "SASS").keyword("SIMT"))
        .language(l -> l.language("German").fluency("Native"))
        .interest(i -> i.name("Go").keywords("Openings", "Endgames"))
        .reference(r -> r.name("Ada").reference("Great.").only(Elsewhere.THREE))
        .project(p -> p.name("hpc-ops").description("Ops.")
            .highlight("Fast", h -> h.highlight("Faster"))
            .highlight("Deep", deeper(Highlight.MAX_LEVEL))
            .keywords("GEMM", "Attention").start(2024).end(2023).ongoing().url("repo")
            .roles("Lead", "Author").entity("Tencent").type("Library"))
        .section(Vitae.text("Patents", de("Patente"), in("it", "Brevetti")), s -> s.summary("Granted.")
            .entry(e -> e.title("US1").subtitle("Kernels").organization("USPTO")
                .location("US").start(2020).end(2019).ongoing().url("uspto").summary("On it.")
                .highlight("Claim 1", h -> h.highlight("Claim 2")).keywords("GPU", "Fusion"))
            .columns("Type", "Author").row("Infra").row("Infra", "Chris", "extra"))
        .meta(m -> m.canonical("cv.json").version("v1").lastModified("2024-01-01"))
        .style(s -> s.theme("Fancy Theme").accent("blue").paper(Paper.LETTER).fontSize(30))
        .order(Marks.only(Track.ONE, Track.TWO), SectionKind.SKILLS, SectionKind.SKILLS);
  }

  /** The variants of {@link #everyValueWrong()}, which print the same CV. */
  enum Track implements Variant { ONE, TWO }

  /** Variants of another CV. */
  enum Elsewhere implements Variant { THREE }

  /** Every rule whose problems are warnings, each once. */
  private static ResumeBuilder everyWarning() {
    return Vitae.cv()
        .basics(b -> b.name("Jane Doe").email("jane@example.com").summary("Ships **fast")
            .label("Engineer").url("https://localhost/jane"))
        .work(w -> w.name("A").start(2010, 1).end(2012, 1).summary("Donâ€™t [scoreboard](#)"))
        .work(w -> w.name("B").start(2015, 1).end(2018, 1))
        .work(w -> w.name("C").start(2016, 1).end(2019, 1))
        .work(w -> w.name("C").start(2016, 1).end(2019, 1))
        .award(a -> a.title("Best Paper").date(2030))
        .timeline(t -> t.maxGap(6).maxOverlap(1));
  }

  /** Bullets nested {@code levels} more levels under the one it fills. */
  private static Consumer<HighlightBuilder> deeper(int levels) {
    return h -> {
      if (levels > 0) {
        h.highlight("Deeper", deeper(levels - 1));
      }
    };
  }

  /** Every field a rule requires, left out; and an ongoing entry without its start. */
  private static ResumeBuilder everyRequiredMissing() {
    return Vitae.cv()
        .basics(b -> b.label("Engineer").profile(p -> p.username("jane")))
        .work(w -> w.position("Engineer").end(2020))
        .volunteer(v -> v.position("Mentor").ongoing())
        .education(e -> e.area("EE").ongoing())
        .award(a -> a.awarder("ACM"))
        .certificate(c -> c.issuer("CNCF"))
        .publication(p -> p.publisher("IEEE"))
        .skill(s -> s.level("Expert"))
        .language(l -> l.fluency("Native"))
        .interest(i -> i.keywords("Go"))
        .reference(r -> r.reference("Great."))
        .project(p -> p.description("Ops.").ongoing())
        .section(" ", s -> s.entry(e -> e.subtitle("Kernels").ongoing()));
  }

  /** {@code flawed} as every date of every kind of entry, start and end. */
  private static ResumeBuilder everyDateFlawed(PartialDate flawed) {
    return Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .work(w -> w.name("Tencent").start(flawed).end(flawed))
        .volunteer(v -> v.organization("Code Club").start(flawed).end(flawed))
        .education(e -> e.institution("Beihang").start(flawed).end(flawed))
        .award(a -> a.title("Best Paper").date(flawed))
        .certificate(c -> c.name("CKA").date(flawed))
        .publication(p -> p.name("Paper").date(flawed))
        .project(p -> p.name("hpc-ops").start(flawed).end(flawed))
        .section("Patents", s -> s.entry(e -> e.title("US1").start(flawed).end(flawed)));
  }

  /** Collects the path of every component left null, empty or false, at any depth. */
  private static void findUnset(String path, Object value, List<String> unset) {
    if (path.matches(".*\\.highlights\\[\\d+]\\.highlights")
        && value instanceof List<?> list && list.isEmpty()) {
      return; // bullets nest to any depth, so the deepest has none under it
    }
    if (value == null || Boolean.FALSE.equals(value)
        || value instanceof List<?> list && list.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty()) {
      unset.add(path);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        findUnset(path + "[" + i + "]", list.get(i), unset);
      }
    } else if (value instanceof Record record && !(value instanceof Text)
        && !(value instanceof PartialDate) && !(value instanceof SectionRef)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          findUnset(path + "." + component.getName(), component.getAccessor().invoke(record),
              unset);
        } catch (ReflectiveOperationException unreadable) {
          throw new IllegalStateException(unreadable);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Walking a path through the builders, as the processor's SourceMap does

  /**
   * Where a path leads: the builders it passes through (the CV's first), the class whose
   * method sets its last value or makes its last builder, and why it leads nowhere, if it
   * does not.
   */
  record Resolution(List<Class<?>> builders, Class<?> owner, String failure) {}

  static Resolution resolve(Path path) {
    Class<?> builder = ResumeBuilder.class;
    Class<?> owner = Vitae.class;
    List<Method> makers = methods(Vitae.class, "cv");
    List<Class<?>> builders = new ArrayList<>(List.of(builder));
    List<Segment> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      String name = segments.get(i).name();
      List<Method> methods = methods(builder, name);
      List<Segment> rest = segments.subList(i + 1, segments.size());
      if (!methods.isEmpty() && namesParameter(makers, segments.get(i))) {
        return new Resolution(builders, owner, name + " is both a method of "
            + builder.getSimpleName() + " and a parameter of " + describe(makers));
      }
      if (methods.isEmpty()) {
        // an argument of the call that made the builder: section("Patents", ...)
        return new Resolution(builders, owner, parameters(makers, segments.subList(i,
            segments.size()), builder));
      }
      owner = builder;
      Class<?> made = builderMadeBy(methods);
      if (made == null) {
        // a setter: what follows names its parameters, end(2021, 13) sets end.month
        return new Resolution(builders, owner, parameters(methods, rest, builder));
      }
      builder = made;
      builders.add(made);
      makers = methods;
    }
    return new Resolution(builders, owner, null);
  }

  /** Null if each segment names a parameter of {@code methods} (or of a Text's own call). */
  private static String parameters(List<Method> methods, List<Segment> segments,
      Class<?> builder) {
    List<Method> candidates = new ArrayList<>(methods);
    candidates.addAll(methods(Vitae.class, "text"));
    for (Segment segment : segments) {
      if (!hasParameter(candidates, segment.name())) {
        return segment.name() + " is no method of " + builder.getSimpleName()
            + " and no parameter of " + describe(methods);
      }
    }
    return null;
  }

  /** The builder a {@code Consumer<XBuilder>} parameter of one of {@code methods} fills. */
  private static Class<?> builderMadeBy(List<Method> methods) {
    for (Method method : methods) {
      for (Type type : method.getGenericParameterTypes()) {
        if (type instanceof ParameterizedType consumer
            && consumer.getActualTypeArguments()[0] instanceof Class<?> filled
            && Builder.class.isAssignableFrom(filled)) {
          return filled;
        }
      }
    }
    return null;
  }

  /**
   * True if {@code segment} can name a parameter of {@code methods}: one of its name, indexed
   * only if it is the varargs parameter ({@code translations[1]}).
   */
  private static boolean namesParameter(List<Method> methods, Segment segment) {
    for (Method method : methods) {
      Parameter[] parameters = method.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        boolean varargs = method.isVarArgs() && i == parameters.length - 1;
        if (parameters[i].getName().equals(segment.name()) && (varargs || !segment.hasIndex())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasParameter(List<Method> methods, String name) {
    return methods.stream().flatMap(m -> Stream.of(m.getParameters()))
        .anyMatch(p -> p.getName().equals(name));
  }

  /** The public methods called {@code name}, inherited ones included. */
  private static List<Method> methods(Class<?> type, String name) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getDeclaringClass() != Object.class
            && !m.isBridge() && !m.getName().equals("path")
            && Modifier.isStatic(m.getModifiers()) == (type == Vitae.class
                || type == Translations.class))
        .toList();
  }

  private static String describe(List<Method> methods) {
    Set<String> signatures = new TreeSet<>();
    for (Method method : methods) {
      signatures.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
          + String.join(", ", Stream.of(method.getParameters()).map(Parameter::getName)
              .toList()) + ")");
    }
    return String.join(" / ", signatures);
  }
}
