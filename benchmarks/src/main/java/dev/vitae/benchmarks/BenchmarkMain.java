package dev.vitae.benchmarks;

import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints one Markdown table per part: the runtime API under JMH, then
 * javac with and without the processor, side by side and interleaved, so the machine's load
 * weighs on both alike. Started by {@code benchmarks/run}, which passes the class paths.
 *
 * <p>Options: {@code --quick} (fewer iterations and rounds, for a look), {@code --rounds N}
 * (javac pairs per comparison), {@code --warmups N} (JMH warm-up seconds), {@code --no-jmh},
 * {@code --no-javac}, {@code --cv NAME} (the example the runtime benchmarks render).
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    boolean quick = options.contains("--quick");
    int rounds = intOption(options, "--rounds", quick ? 1 : 3);
    int warmups = intOption(options, "--warmups", quick ? 2 : 10);
    String cv = stringOption(options, "--cv", "senior-engineer");
    Path target = Path.of(System.getProperty("vitae.benchmarks.target", "benchmarks/target"));

    StringBuilder report = new StringBuilder();
    report.append(machine()).append('\n');
    if (!options.contains("--no-jmh")) {
      report.append(runtimeApi(cv, quick, warmups, target)).append('\n');
    }
    if (!options.contains("--no-javac")) {
      report.append(javacRuns(rounds, target)).append('\n');
    }
    System.out.println();
    System.out.print(report);
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return "Machine: " + runtime.availableProcessors() + " cores, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
        + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name")
        + ")\n";
  }

  // ---- the runtime API, under JMH -------------------------------------------------------

  private static String runtimeApi(String cv, boolean quick, int warmups, Path target)
      throws RunnerException {
    List<String> steps = new ArrayList<>();
    steps.add(RuntimeApiBenchmark.BUILD);
    for (Generator generator : Generators.all()) {
      steps.add(generator.extension());
    }
    steps.add(RuntimeApiBenchmark.ALL);
    steps.add(RuntimeApiBenchmark.PDF);
    int cores = Runtime.getRuntime().availableProcessors();
    TreeSet<Integer> threadCounts = new TreeSet<>(List.of(1, 2, cores));

    Map<Integer, Map<String, Double>> msPerCv = new LinkedHashMap<>();
    Map<Integer, Map<String, Double>> cpuMsPerCv = new LinkedHashMap<>();
    Map<String, Double> kbPerCv = new LinkedHashMap<>();
    for (int threads : threadCounts) {
      Path log = target.resolve("jmh-" + threads + "-threads.log");
      System.err.println("[benchmarks] JMH, " + threads + " thread(s): " + steps + " (log "
          + log + ")");
      Options jmh = new OptionsBuilder()
          .include(RuntimeApiBenchmark.class.getName() + ".run")
          .param("cv", cv)
          .param("step", steps.toArray(String[]::new))
          .forks(1)
          .jvmArgsAppend("-Xmx1g")
          .warmupIterations(warmups)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(quick ? 3 : 8)
          .measurementTime(TimeValue.seconds(1))
          .threads(threads)
          .addProfiler(GCProfiler.class) // bytes allocated per call: the load cannot bend it
          .shouldFailOnError(true)
          .output(log.toString())
          .build();
      Map<String, Double> scores = new LinkedHashMap<>();
      Map<String, Double> cpu = new LinkedHashMap<>();
      for (RunResult result : new Runner(jmh).run()) {
        String step = result.getParams().getParam("step");
        scores.put(step, result.getPrimaryResult().getScore());
        cpu.put(step, result.getSecondaryResults().get("cpuNanos").getScore() / 1e6
            / result.getSecondaryResults().get("calls").getScore());
        if (threads == 1) {
          kbPerCv.put(step, result.getSecondaryResults().get("gc.alloc.rate.norm").getScore()
              / 1024);
        }
      }
      msPerCv.put(threads, scores);
      cpuMsPerCv.put(threads, cpu);
    }

    StringBuilder table = new StringBuilder("### Runtime API, warm (JMH), CV " + cv + "\n\n");
    table.append("ms per CV and operation on each thread (wall, and CPU time of the thread);"
        + " CVs/s for all threads together\n\n");
    table.append("| step |");
    for (int threads : threadCounts) {
      table.append(" ").append(threads).append(threads == 1 ? " thread" : " threads")
          .append(" ms |");
    }
    for (int threads : threadCounts) {
      table.append(" CPU ms ").append(threads).append(" |");
    }
    for (int threads : threadCounts) {
      table.append(" CVs/s ").append(threads).append(" |");
    }
    table.append(" speed-up ").append(threadCounts.last())
        .append(" vs 1 | KB allocated, 1 thread |\n|---|");
    table.append("---:|".repeat(threadCounts.size() * 3 + 2)).append('\n');
    for (String step : steps) {
      table.append("| ").append(step).append(" |");
      for (int threads : threadCounts) {
        table.append(" ").append(format(msPerCv.get(threads).get(step), 3)).append(" |");
      }
      for (int threads : threadCounts) {
        table.append(" ").append(format(cpuMsPerCv.get(threads).get(step), 3)).append(" |");
      }
      for (int threads : threadCounts) {
        table.append(" ").append(format(threads * 1000 / msPerCv.get(threads).get(step), 0))
            .append(" |");
      }
      double speedUp = threadCounts.last() * msPerCv.get(1).get(step)
          / msPerCv.get(threadCounts.last()).get(step);
      table.append(" ").append(format(speedUp, 2)).append(" | ")
          .append(format(kbPerCv.get(step), 0)).append(" |\n");
    }
    return table.toString();
  }

  // ---- javac, with and without the processor ----------------------------------------------

  private static String javacRuns(int rounds, Path target) throws Exception {
    for (String property : List.of("vitae.cvClassPath", "vitae.processorPath", "vitae.examples")) {
      if (System.getProperty(property) == null) {
        throw new IllegalStateException("-D" + property + " is not set: start the benchmarks"
            + " with benchmarks/run");
      }
    }
    Path scratch = Files.createDirectories(target.resolve("javac-runs"));
    // Each build's processor, compiled side by side in the same rounds: an earlier checkout's
    // (-Dvitae.baseline*), with its own examples, is measured under the same load as this one.
    Map<String, Javac> builds = new LinkedHashMap<>();
    Map<String, List<Path>> examples = new LinkedHashMap<>();
    String baseline = System.getProperty("vitae.baselineProcessorPath", "");
    boolean sideBySide = !baseline.isEmpty();
    if (sideBySide) {
      builds.put("before", new Javac(System.getProperty("vitae.cvClassPath"), baseline,
          assets("vitae.baselineAssets"), scratch));
      examples.put("before",
          ExampleCvs.sources(Path.of(System.getProperty("vitae.baselineExamples"))));
    }
    String current = sideBySide ? "after" : "";
    builds.put(current, new Javac(System.getProperty("vitae.cvClassPath"),
        System.getProperty("vitae.processorPath"), assets("vitae.assets"), scratch));
    examples.put(current, ExampleCvs.sources(Path.of(System.getProperty("vitae.examples"))));
    Path small = scratch.resolve("small");
    Path hundred = scratch.resolve("hundred");
    Path thousand = scratch.resolve("thousand");
    for (Path folder : List.of(small, hundred, thousand)) {
      if (Files.exists(folder)) {
        Javac.delete(folder);
      }
    }
    List<Path> smallCv = SyntheticCvs.write(small, 1);
    List<Path> hundredCvs = SyntheticCvs.write(hundred, 100);
    List<Path> thousandCvs = SyntheticCvs.write(thousand, 1000);

    // Warm the disk cache and the JDK's class data once, unmeasured.
    for (Javac javac : builds.values()) {
      javac.compile(smallCv, WITH_PDF, List.of());
      javac.compile(smallCv, null, List.of());
    }

    List<String> heap = List.of("-J-Xmx256m");
    Map<String, Map<String, Pairs>> pairs = new LinkedHashMap<>();
    builds.keySet().forEach(build -> pairs.put(build, new LinkedHashMap<>()));
    for (int round = 0; round < rounds; round++) {
      System.err.println("[benchmarks] javac round " + (round + 1) + " of " + rounds
          + ": examples and one small CV");
      for (var build : builds.entrySet()) {
        Map<String, Pairs> of = pairs.get(build.getKey());
        Javac javac = build.getValue();
        List<Path> five = examples.get(build.getKey());
        of.computeIfAbsent("the five examples, text", name -> new Pairs(TEXT_FORMATS))
            .add(javac, five, List.of(), round);
        of.computeIfAbsent("the five examples, with PDF", name -> new Pairs(WITH_PDF))
            .add(javac, five, List.of(), round);
        of.computeIfAbsent("one small CV, text", name -> new Pairs(TEXT_FORMATS))
            .add(javac, smallCv, List.of(), round);
        of.computeIfAbsent("one small CV, with PDF", name -> new Pairs(WITH_PDF))
            .add(javac, smallCv, List.of(), round);
      }
    }
    for (int round = 0; round < rounds; round++) {
      System.err.println("[benchmarks] javac round " + (round + 1) + " of " + rounds
          + ": 100 and 1,000 CVs");
      for (var build : builds.entrySet()) {
        Map<String, Pairs> of = pairs.get(build.getKey());
        of.computeIfAbsent(HUNDRED, name -> new Pairs(TEXT_FORMATS))
            .add(build.getValue(), hundredCvs, heap, round);
        of.computeIfAbsent(THOUSAND, name -> new Pairs(TEXT_FORMATS))
            .add(build.getValue(), thousandCvs, heap, round);
      }
    }

    StringBuilder table = new StringBuilder("### javac with and without the processor\n\n");
    table.append(rounds)
        .append(" interleaved pairs each, medians; fixed cost = with - without; \"text\" is"
            + " -Avitae.pdf=none, \"with PDF\" the default\n\n");
    table.append("| compilation | with (s) | -proc:none (s) | ratio | fixed cost (ms) |"
        + " CPU with (s) | CPU without (s) | peak RSS with (MB) | peak RSS without (MB) |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    pairs.forEach((build, of) -> of.forEach((name, measured) -> {
      if (!name.equals(HUNDRED) && !name.equals(THOUSAND)) {
        measured.row(table, build.isEmpty() ? name : build + ": " + name);
      }
    }));

    table.append("\n### 100 vs 1,000 generated CVs in one javac, -J-Xmx256m, text\n\n");
    table.append("| javac | 100 CVs (s) | 1,000 CVs (s) | ms per extra CV |"
        + " CPU ms per extra CV | peak RSS at 1,000 (MB) |\n");
    table.append("|---|---:|---:|---:|---:|---:|\n");
    pairs.forEach((build, of) -> marginal(table, build, of.get(HUNDRED), of.get(THOUSAND),
        thousandCvs.size() - hundredCvs.size()));
    return table.toString();
  }

  /** The assets folder a build's examples name ({@code -Avitae.assets}), if any. */
  private static List<String> assets(String property) {
    String folder = System.getProperty(property, "");
    return folder.isEmpty() ? List.of() : List.of("-Avitae.assets=" + folder);
  }

  /** The rows of one build's marginal cost per CV, with and without its processor. */
  private static void marginal(StringBuilder table, String build, Pairs hundredPairs,
      Pairs thousandPairs, double extra) {
    String prefix = build.isEmpty() ? "" : build + ": ";
    double marginalWith = (thousandPairs.with() - hundredPairs.with()) * 1000 / extra;
    double marginalWithout = (thousandPairs.without() - hundredPairs.without()) * 1000 / extra;
    double cpuMarginalWith = (thousandPairs.cpuWith() - hundredPairs.cpuWith()) * 1000 / extra;
    double cpuMarginalWithout =
        (thousandPairs.cpuWithout() - hundredPairs.cpuWithout()) * 1000 / extra;
    table.append("| ").append(prefix).append("with the processor | ")
        .append(format(hundredPairs.with(), 2)).append(" | ")
        .append(format(thousandPairs.with(), 2)).append(" | ").append(format(marginalWith, 2))
        .append(" | ").append(format(cpuMarginalWith, 2)).append(" | ")
        .append(thousandPairs.peakWithMb()).append(" |\n");
    table.append("| ").append(prefix).append("-proc:none | ")
        .append(format(hundredPairs.without(), 2)).append(" | ")
        .append(format(thousandPairs.without(), 2)).append(" | ")
        .append(format(marginalWithout, 2)).append(" | ").append(format(cpuMarginalWithout, 2))
        .append(" | ").append(thousandPairs.peakWithoutMb()).append(" |\n");
    table.append("| **").append(prefix).append("processor share** | | | **")
        .append(format(marginalWith - marginalWithout, 2)).append("** | **")
        .append(format(cpuMarginalWith - cpuMarginalWithout, 2)).append("** | |\n");
  }

  /** The rows of the generated CVs, kept apart from the others' table. */
  private static final String HUNDRED = "100 CVs";
  private static final String THOUSAND = "1,000 CVs";

  /** The processor's options for the text formats alone, and for them and the PDF. */
  private static final List<String> TEXT_FORMATS = List.of("-Avitae.pdf=none");
  private static final List<String> WITH_PDF = List.of();

  /** Runs of javac with and without the processor, in pairs whose order alternates. */
  private static final class Pairs {
    private final List<String> processorOptions;
    private final List<Double> with = new ArrayList<>();
    private final List<Double> without = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();
    private final List<Double> differences = new ArrayList<>();
    private final List<Double> cpuWith = new ArrayList<>();
    private final List<Double> cpuWithout = new ArrayList<>();
    private long peakWith;
    private long peakWithout;

    Pairs(List<String> processorOptions) {
      this.processorOptions = processorOptions;
    }

    void add(Javac javac, List<Path> sources, List<String> jvm, int round) throws Exception {
      Javac.Run withRun;
      Javac.Run withoutRun;
      if (round % 2 == 0) {
        withRun = javac.compile(sources, processorOptions, jvm);
        withoutRun = javac.compile(sources, null, jvm);
      } else {
        withoutRun = javac.compile(sources, null, jvm);
        withRun = javac.compile(sources, processorOptions, jvm);
      }
      with.add(withRun.seconds());
      without.add(withoutRun.seconds());
      ratios.add(withRun.seconds() / withoutRun.seconds());
      differences.add(withRun.seconds() - withoutRun.seconds());
      cpuWith.add(withRun.cpuSeconds());
      cpuWithout.add(withoutRun.cpuSeconds());
      peakWith = Math.max(peakWith, withRun.peakRssKb());
      peakWithout = Math.max(peakWithout, withoutRun.peakRssKb());
    }

    double with() {
      return median(with);
    }

    double without() {
      return median(without);
    }

    double cpuWith() {
      return median(cpuWith);
    }

    double cpuWithout() {
      return median(cpuWithout);
    }

    long peakWithMb() {
      return peakWith / 1024;
    }

    long peakWithoutMb() {
      return peakWithout / 1024;
    }

    void row(StringBuilder table, String name) {
      table.append("| ").append(name).append(" | ").append(format(with(), 2)).append(" | ")
          .append(format(without(), 2)).append(" | ").append(format(median(ratios), 2))
          .append(" | ").append(format(median(differences) * 1000, 0)).append(" | ")
          .append(format(cpuWith(), 2)).append(" | ").append(format(cpuWithout(), 2))
          .append(" | ").append(peakWithMb()).append(" | ").append(peakWithoutMb())
          .append(" |\n");
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static int intOption(List<String> options, String name, int otherwise) {
    int at = options.indexOf(name);
    return at < 0 ? otherwise : Integer.parseInt(options.get(at + 1));
  }

  private static String stringOption(List<String> options, String name, String otherwise) {
    int at = options.indexOf(name);
    return at < 0 ? otherwise : options.get(at + 1);
  }
}
