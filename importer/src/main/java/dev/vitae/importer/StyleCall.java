package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * A CV's style as the author writes it, each setting only when it is not the default:
 * {@code .style(s -> s.theme(Theme.MODERN).paper(Paper.LETTER))}; a project's own theme by its
 * name, {@code s.theme("acme")}.
 */
final class StyleCall {

  private StyleCall() {}

  /** The call, or null for the default style, which needs none. */
  static Call of(Style style, Arguments arguments) {
    if (style.equals(Style.DEFAULT)) {
      return null;
    }
    List<Code> calls = new ArrayList<>();
    Theme builtIn = style.builtInTheme();
    if (builtIn != Theme.byKey(Style.DEFAULT.theme())) {
      calls.add(Call.method("theme", builtIn == null ? arguments.string(style.theme())
          : constant(Theme.class, builtIn.name())));
    }
    if (style.accent() != null) {
      calls.add(Call.method("accent", arguments.string(style.accent())));
    }
    if (style.paper() != Style.DEFAULT.paper()) {
      calls.add(Call.method("paper", constant(Paper.class, style.paper().name())));
    }
    if (style.fontSize() != null) {
      double size = style.fontSize();
      calls.add(Call.method("fontSize", Literal.of(CodeBlock.of("$L",
          size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size)))));
    }
    return Call.method("style", Lambda.of("s", calls));
  }

  private static Literal constant(Class<?> type, String name) {
    return Literal.of(CodeBlock.of("$T.$L", type, name), type.getSimpleName() + "." + name);
  }
}
