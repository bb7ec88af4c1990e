package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * IntelliJ's build hands processors a {@link Proxy} around javac's environment, its handler
 * keeping the real one in a field: Vitae unwraps it and checks as under plain javac.
 */
class ProxiedEnvironmentTest {

  /** Like IntelliJ's: the real environment in a field of the invocation handler. */
  static final class FieldHandler implements InvocationHandler {
    private final Object myDelegate;

    FieldHandler(Object delegate) {
      this.myDelegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      try {
        return method.invoke(myDelegate, arguments);
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause();
      }
    }
  }

  /** A wrapper Vitae cannot see through: the environment only behind a supplier. */
  static final class OpaqueHandler implements InvocationHandler {
    private final Supplier<ProcessingEnvironment> environment;

    OpaqueHandler(ProcessingEnvironment environment) {
      this.environment = () -> environment;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      try {
        return method.invoke(environment.get(), arguments);
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause();
      }
    }
  }

  /** Runs Vitae's processor with the environment wrapped by {@code wrap}. */
  static final class WrappingProcessor implements Processor {
    private final Processor vitae = new VitaeProcessor();
    private final Function<ProcessingEnvironment, InvocationHandler> wrap;

    WrappingProcessor(Function<ProcessingEnvironment, InvocationHandler> wrap) {
      this.wrap = wrap;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      vitae.init((ProcessingEnvironment) Proxy.newProxyInstance(
          ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, wrap.apply(environment)));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return vitae.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return vitae.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return vitae.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return vitae.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return vitae.getCompletions(element, annotation, member, userText);
    }
  }

  private static final String THREE_ERRORS = """
      Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@"))
          .work(w -> w.name("Tencent").start(2021, 13))
          .award(a -> a.title("Best Paper").date(2021, APRIL, 31))
          .build()""";

  @Test
  void aProxiedJavacEnvironmentIsUnwrappedAndEveryErrorReported() {
    Compilation compilation = javac()
        .withProcessors(new WrappingProcessor(FieldHandler::new)).compile(cv(THREE_ERRORS));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[vitae:email]")
        .inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(49);
    assertThat(compilation).hadErrorContaining("[vitae:date] work \"Tencent\"")
        .inFile(compilation.sourceFiles().get(0)).onLine(9).atColumn(46);
    assertThat(compilation).hadErrorContaining("[vitae:date] award \"Best Paper\"")
        .inFile(compilation.sourceFiles().get(0)).onLine(10);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void aWrapperThatCannotBeOpenedGetsAWarningNamingItsClass() {
    Compilation compilation = javac()
        .withProcessors(new WrappingProcessor(OpaqueHandler::new)).compile(cv(THREE_ERRORS));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    String warning = compilation.warnings().get(0).getMessage(null);
    assertTrue(warning.startsWith("[vitae:unchecked] this compiler's processing environment"
        + " (jdk.proxy"), warning);
    assertTrue(warning.contains("$Proxy") && warning.contains(") gives no access to the javac"
        + " tree API, so the body of this @Cv method is not checked and no outputs are"
        + " written; build with javac (e.g. Maven) to check it"), warning);
  }
}
