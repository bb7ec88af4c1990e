package dev.vitae.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Source files of generated CVs, each a class with one small @Cv method (about 20 lines: a
 * person, two jobs with bullets and markup, a degree, skills), each CV different and free of
 * warnings, so javac's output is the CVs' alone.
 */
final class SyntheticCvs {

  private static final String[] CITIES = {"Berlin", "Lisbon", "Osaka", "Austin", "Nairobi"};
  private static final String[] COMPANIES = {"Acme Systems", "Northwind", "Globex", "Initech",
      "Hooli", "Umbrella Data", "Stark Compute"};

  private SyntheticCvs() {}

  /** Writes {@code count} CV classes into {@code folder}; returns their files. */
  static List<Path> write(Path folder, int count) throws IOException {
    Path sources = Files.createDirectories(folder.resolve("bench"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = sources.resolve("Cv" + i + ".java");
      Files.writeString(file, source(i), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /** CV number {@code i}. */
  static String source(int i) {
    int first = 2008 + i % 7;
    String city = CITIES[i % CITIES.length];
    String earlier = COMPANIES[i % COMPANIES.length];
    String later = COMPANIES[(i + 3) % COMPANIES.length];
    return """
        package bench;

        import static java.time.Month.*;

        import dev.vitae.dsl.Cv;
        import dev.vitae.dsl.Vitae;
        import dev.vitae.dsl.model.Resume;

        final class Cv%1$d {
          @Cv("cv-%1$d")
          static Resume cv() {
            return Vitae.cv()
                .basics(b -> b.name("Person %1$d").label("Software Engineer")
                    .email("person%1$d@mail.vitae.dev").location(l -> l.city("%3$s").countryCode("DE"))
                    .profile(p -> p.network("GitHub").url("https://github.com/person%1$d")))
                .work(w -> w.name("%5$s").position("Staff Engineer").start(%2$d, MARCH).ongoing()
                    .highlight("Cut p99 latency by **%1$d%%** in the *ingest* path", h -> h
                        .highlight("Rewrote the `scheduler` [design](https://github.com/person%1$d)")))
                .work(w -> w.name("%4$s").position("Engineer").start(%6$d, JANUARY).end(%2$d, FEBRUARY)
                    .summary("Built the billing service used by %1$d teams."))
                .education(e -> e.institution("University of %3$s").studyType("M.Sc.").area("CS")
                    .start(%7$d, OCTOBER).end(%6$d, JANUARY))
                .skill(s -> s.name("Systems").keywords("Java", "Linux"))
                .build();
          }
        }
        """.formatted(i, first + 4, city, earlier, later, first, first - 2);
  }
}
