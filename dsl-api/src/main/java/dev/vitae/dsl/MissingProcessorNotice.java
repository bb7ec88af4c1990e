package dev.vitae.dsl;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Says so when a project compiles {@code @Cv} methods without Vitae's processor. javac finds
 * this class on the class path only when no processor path is given (no
 * {@code annotationProcessorPaths}), and such a build would otherwise succeed with no checks,
 * no outputs and no word. Where Vitae's processor is on the same path, it stays silent.
 */
public final class MissingProcessorNotice extends AbstractProcessor {

  private static final String PROCESSOR = "dev.vitae.processor.VitaeProcessor";

  private boolean warned;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Cv.class.getName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (warned || isProcessorPresent()) {
      return false;
    }
    for (Element method : round.getElementsAnnotatedWith(Cv.class)) {
      processingEnv.getMessager().printMessage(Kind.WARNING, "[vitae:unchecked] Vitae's"
          + " annotation processor is not on this compilation's processor path, so this @Cv"
          + " method is not checked and no outputs are written; add dev.vitae:vitae-processor"
          + " to the maven-compiler-plugin's annotationProcessorPaths (see the README)", method);
      warned = true;
      return false;
    }
    return false;
  }

  private boolean isProcessorPresent() {
    try {
      Class.forName(PROCESSOR, false, MissingProcessorNotice.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
