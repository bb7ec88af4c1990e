package dev.vitae.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.vitae.dsl.Cv;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import dev.vitae.pdf.PdfGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Checks every {@link Cv @Cv} method while javac compiles it and writes its outputs.
 *
 * <p>Method bodies are not attributed while annotation processing runs, so {@link #process}
 * only notes the @Cv methods; the work happens when javac has analyzed their class (the
 * ANALYZE task event), on fully attributed trees.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("dev.vitae.dsl.Cv")
public final class VitaeProcessor extends AbstractProcessor {

  private static final String RESUME = "dev.vitae.dsl.model.Resume";

  /**
   * The top-level classes, by name, whose @Cv methods are still to compile. Names, not
   * elements: javac may replace its symbols between the processing rounds and the analysis.
   */
  private final Set<String> pending = new HashSet<>();
  /** The names of the accepted @Cv methods of each top-level class. */
  private final Map<String, List<String>> namesByType = new HashMap<>();
  /** Output names taken so far, by their lower case, and by which method ("test.Jane.jane"). */
  private final Map<String, TakenName> names = new HashMap<>();
  /** The @Cv methods ("test.Jane.jane") whose shape and name passed: the ones compiled. */
  private final Set<String> accepted = new HashSet<>();
  private final List<Generator> generators;
  private BackgroundRenderer renderer;
  private CvCompilation compilation;
  private PendingOutputs outputs;
  private HiddenCvMethods hidden;
  /** The environment's class when the javac tree API cannot be reached through it. */
  private String unchecked;
  /**
   * Wrong option values, reported with the first CV checked: an error while annotations are
   * processed would stop javac before any CV is checked.
   */
  private final List<String> optionMistakes = new ArrayList<>();

  /** The processor javac finds through the service registry: all output formats. */
  public VitaeProcessor() {
    this(Generators.all());
  }

  /** A processor writing only the given formats. */
  VitaeProcessor(List<Generator> generators) {
    this.generators = List.copyOf(generators);
  }

  /** {@code vitae.output} and the options of the checks ({@link BuildOptions}). */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new HashSet<>(BuildOptions.NAMES);
    options.add(OutputWriter.OPTION); // the PDF's options are among BuildOptions.NAMES
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    BuildOptions options = BuildOptions.of(environment.getOptions(), System.getenv());
    optionMistakes.addAll(options.mistakes());
    if (!connect(environment, options)) {
      // IntelliJ's build wraps javac's environment in a proxy: look inside
      ProcessingEnvironment javac = JavacEnvironment.unwrap(environment);
      if (javac == environment || !connect(javac, options)) {
        unchecked = JavacEnvironment.describe(environment); // warned about once a @Cv is seen
      }
    }
  }

  /**
   * Reaches javac's tree API through {@code javac} and sets up the compilation of @Cv methods;
   * false when {@code javac} is no javac environment (Eclipse's compiler, an unknown wrapper).
   * Files are still created through the environment the processor was given, so a build tool
   * sees them.
   */
  private boolean connect(ProcessingEnvironment javac, BuildOptions options) {
    try {
      Trees trees = Trees.instance(javac);
      JavacTask.instance(javac).addTaskListener(new AnalyzeListener());
      outputs = new PendingOutputs(trees,
          new OutputWriter(processingEnv.getOptions().get(OutputWriter.OPTION),
              processingEnv.getFiler(),
              Stream.concat(generators.stream().map(Generator::extension),
                  Stream.of(PdfGenerator.EXTENSION)).collect(Collectors.toSet())),
          processingEnv.getMessager());
      renderer = new BackgroundRenderer(generators, options);
      compilation = new CvCompilation(trees,
          new DslMethods(javac.getElementUtils(), javac.getTypeUtils()),
          renderer, outputs, options);
      hidden = new HiddenCvMethods(trees);
      return true;
    } catch (IllegalArgumentException | ClassCastException notJavac) {
      return false;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ExecutableElement method
        : ElementFilter.methodsIn(round.getElementsAnnotatedWith(Cv.class))) {
      if (compilation == null) {
        warn(Message.UNCHECKED.format("this compiler's processing environment (" + unchecked
            + ") gives no access to the javac tree API, so the body of this @Cv method is not"
            + " checked and no outputs are written; build with javac (e.g. Maven) to check"
            + " it"), method);
      } else if (CvName.check(method, processingEnv.getMessager())
          && hasCvShape(method) && hasUniqueName(method)) {
        accepted.add(ownerOf(method));
        renderer.warmUp(); // while javac attributes the CV's class
        String type = topLevelType(method).getQualifiedName().toString();
        pending.add(type);
        namesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(CvName.of(method));
      }
    }
    return false;
  }

  /**
   * A method of the right shape: static, without parameters, returning Resume, with a body.
   * The outputs an earlier version of a misshapen one left are removed.
   */
  private boolean hasCvShape(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    String wrong = null;
    if (modifiers.contains(Modifier.NATIVE) || modifiers.contains(Modifier.ABSTRACT)) {
      wrong = "a @Cv method needs a body that builds the CV, so it cannot be "
          + (modifiers.contains(Modifier.NATIVE) ? "native" : "abstract")
          + ": write static Resume " + method.getSimpleName() + "() { return Vitae.cv()..."
          + ".build(); }";
    } else if (!modifiers.contains(Modifier.STATIC) || !method.getParameters().isEmpty()
        || !method.getReturnType().toString().equals(RESUME)) {
      wrong = "a @Cv method must be static, take no parameters and return " + RESUME
          + ": write static Resume " + method.getSimpleName() + "()";
    }
    if (wrong != null) {
      error(Message.CV_METHOD.format(wrong), method);
      String failure = outputs.discard(CvName.of(method));
      if (failure != null) {
        error(failure, method);
      }
    }
    return wrong == null;
  }

  /**
   * A name no other CV of the compilation has, ignoring case: on the case-insensitive file
   * systems of macOS and Windows "Jane" and "jane" are one folder.
   */
  private boolean hasUniqueName(ExecutableElement method) {
    String name = CvName.of(method);
    String owner = ownerOf(method);
    TakenName earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT),
        new TakenName(name, owner));
    if (earlier != null && !earlier.owner().equals(owner)) {
      String same = earlier.name().equals(name) ? "the outputs named \"" + name + "\""
          : "the outputs named \"" + earlier.name() + "\", which differs from \"" + name
              + "\" only in case (one folder on macOS and Windows)";
      error(Message.DUPLICATE_NAME.format("another @Cv method (" + earlier.owner() + ")"
          + " already writes " + same + "; give this one its own name with @Cv(\"...\")"),
          method);
      return false;
    }
    return true;
  }


  private static String ownerOf(ExecutableElement method) {
    return method.getEnclosingElement() + "." + method.getSimpleName();
  }

  /** The well-formed @Cv methods of a class and of the classes nested in it. */
  private List<ExecutableElement> cvMethodsIn(TypeElement type) {
    List<ExecutableElement> found = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        found.addAll(cvMethodsIn(nested));
      } else if (member instanceof ExecutableElement method
          && method.getAnnotation(Cv.class) != null && accepted.contains(ownerOf(method))) {
        found.add(method);
      }
    }
    return found;
  }

  private static TypeElement topLevelType(Element element) {
    Element current = element;
    while (!(current.getEnclosingElement() instanceof javax.lang.model.element.PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Kind.ERROR, message, element);
  }

  private void warn(String message, Element element) {
    processingEnv.getMessager().printMessage(Kind.WARNING, message, element);
  }

  /** Compiles the @Cv methods of a class once javac has attributed it. */
  private final class AnalyzeListener implements TaskListener {
    @Override
    public void finished(TaskEvent event) {
      try {
        switch (event.getKind()) {
          case ANALYZE -> analyzed(event);
          case GENERATE -> outputs.generated(event.getTypeElement().getQualifiedName().toString());
          case COMPILATION -> finish();
          default -> { }
        }
      } catch (RuntimeException | LinkageError | StackOverflowError unexpected) {
        // Never crash javac: a bug in Vitae becomes one clear error.
        processingEnv.getMessager().printMessage(Kind.ERROR, Message.INTERNAL.format(
            "internal error in Vitae, please report: " + unexpected));
      }
    }

    /**
     * javac is done. A class it never analyzed (other errors stopped it first) did not
     * compile: its CVs keep no outputs.
     */
    private void finish() {
      outputs.finish();
      renderer.close();
      for (String type : pending) {
        for (String name : namesByType.getOrDefault(type, List.of())) {
          String failure = outputs.discard(name);
          if (failure != null) {
            processingEnv.getMessager().printMessage(Kind.ERROR, failure);
          }
        }
      }
      pending.clear();
    }

    private void analyzed(TaskEvent event) {
      if (event.getTypeElement() == null) {
        return;
      }
      hidden.report(event.getCompilationUnit(), event.getTypeElement());
      outputs.analyzed(event.getCompilationUnit());
      if (pending.isEmpty()) {
        return;
      }
      for (String mistake : optionMistakes) {
        processingEnv.getMessager().printMessage(Kind.ERROR, Message.OPTION.format(mistake));
      }
      optionMistakes.clear();
      // Every CV at the first analysis, each class attributed on demand: javac frees a
      // class's trees once it has generated it, and a CV may run fragments of any class.
      for (String type : new TreeSet<>(pending)) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(type);
        for (ExecutableElement method : element == null ? List.<ExecutableElement>of()
            : cvMethodsIn(element)) {
          compilation.compile(method, CvName.of(method));
        }
      }
      compilation.finishBatch();
      pending.clear();
    }
  }

  /** A CV's name as written, and the method ("test.Jane.jane") that took it. */
  private record TakenName(String name, String owner) {}
}
