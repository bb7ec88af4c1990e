package dev.vitae.generators;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import java.time.Month;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a small CV in every format once, unused, so that a JVM that is about to render CVs
 * (javac running the processor) loads the formats' classes, templates, label tables and ICU
 * data on a spare core while it does other work, rather than when the first CV waits for them.
 */
public final class WarmUp {

  /**
   * The formats warmed up, by extension, each once per JVM: a JVM that compiles again and
   * again (a live preview) stays warm.
   */
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  private WarmUp() {}

  /**
   * Renders the warm-up CV with {@code generator}, the first time only; a failure is left to
   * the real CVs. Formats warm up independently, so several may on threads of their own.
   */
  public static void run(Generator generator) {
    if (!STARTED.add(generator.extension())) {
      return;
    }
    try {
      generator.render(Reading.of(cv(), "en"));
    } catch (RuntimeException | LinkageError | StackOverflowError ignored) {
      // a real CV meets the same failure, and reports it where it belongs
    }
  }

  /**
   * The warm-up CV: what most CVs hold, a header with contacts, dated entries, markup,
   * bullets, a table.
   */
  public static Resume cv() {
    return Vitae.cv()
        .basics(b -> b.name("Warm Up").label("Engineer").email("warm@vitae.dev")
            .location(l -> l.city("Berlin").countryCode("DE"))
            .profile(p -> p.network("GitHub").url("https://github.com/vitae"))
            .summary("Builds *fast* systems."))
        .work(w -> w.name("Vitae").position("Engineer").start(2020, Month.MARCH)
            .end(2022, Month.MAY)
            .highlight("Made it **faster** with [a cache](https://github.com/vitae)",
                h -> h.highlight("Used `code`")))
        .education(e -> e.institution("University").studyType("M.Sc.").area("CS")
            .start(2016).end(2019))
        .skill(s -> s.name("Java").keywords("JVM"))
        .section("Talks", s -> s.entry(e -> e.title("On speed").start(2021))
            .columns("Kind", "Where").row("Talk", "Berlin"))
        .build();
  }
}
