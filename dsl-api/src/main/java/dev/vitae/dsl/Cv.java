package dev.vitae.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static, parameterless method that returns a CV ({@link dev.vitae.dsl.model.Resume}).
 * The Vitae annotation processor checks the method's builder code while javac compiles it and
 * writes the CV as LaTeX, HTML and JSON.
 *
 * <pre>{@code
 * @Cv
 * static Resume jane() {
 *   return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Cv {

  /** The name of the outputs ({@code <name>/<name>.tex}); defaults to the method's name. */
  String value() default "";
}
