package dev.vitae.benchmarks;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import dev.vitae.pdf.PdfGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The runtime API, warm, per CV: building an example CV ({@code build}), rendering it into one
 * text format (by its extension: {@code tex}, {@code html}, ...), into every text format in
 * every language ({@code all}), as the processor writes a CV, or into its PDFs ({@code pdf}).
 * One generator set is shared by all threads, as the processor and a server share it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuntimeApiBenchmark {

  /** Steps other than a format's extension. */
  static final String BUILD = "build";
  static final String ALL = "all";
  static final String PDF = "pdf";

  /** An example CV by its name. */
  @Param("senior-engineer")
  public String cv;

  /**
   * {@value #BUILD}, a format's extension, or {@value #ALL}; {@link BenchmarkMain} sets the
   * formats the class path has (generators are found by ServiceLoader).
   */
  @Param({BUILD, ALL, PDF})
  public String step;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private Method builder;
  private Resume resume;
  private List<Generator> generators;
  private final PdfGenerator pdf = new PdfGenerator();

  @Setup
  public void setUp() {
    builder = ExampleCvs.builder(cv);
    resume = ExampleCvs.build(builder);
    generators = step.equals(ALL) || step.equals(BUILD) || step.equals(PDF) ? Generators.all()
        : Generators.all().stream().filter(g -> g.extension().equals(step)).toList();
    if (generators.isEmpty()) {
      throw new IllegalArgumentException("no generator writes ." + step);
    }
  }

  @Benchmark
  public Object run(CpuTime cpu) {
    long start = CPU.getCurrentThreadCpuTime();
    Object made = switch (step) {
      case BUILD -> ExampleCvs.build(builder);
      case PDF -> CvOutputs.pdfs(resume, pdf);
      default -> CvOutputs.render(resume, generators);
    };
    cpu.cpuNanos += CPU.getCurrentThreadCpuTime() - start;
    cpu.calls++;
    return made;
  }

  /**
   * The CPU time the calls took on their own thread: on a machine that other work shares, the
   * wall time per call grows with the load, the CPU time much less.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    public long cpuNanos;
    public long calls;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      calls = 0;
    }
  }
}
