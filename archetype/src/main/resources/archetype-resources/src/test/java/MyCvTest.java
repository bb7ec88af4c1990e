package ${package};

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Work;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import org.junit.jupiter.api.Test;

/**
 * The CV at run time: build() applies the same checks as the compiler, and the generators
 * render it without javac. A place for rules of your own about your CV.
 */
class MyCvTest {

  private final Resume cv = MyCv.cv();

  @Test
  void rendersInEveryFormat() {
    for (Generator generator : Generators.all()) {
      String document = generator.render(cv);
      assertFalse(document.isBlank(), generator.extension() + " output is empty");
    }
  }

  @Test
  void theJobsComeNewestFirst() {
    for (int i = 1; i < cv.work().size(); i++) {
      Work newer = cv.work().get(i - 1);
      Work older = cv.work().get(i);
      assertTrue(newer.dates().start().compareTo(older.dates().start()) >= 0,
          older.name() + " is listed before the newer " + newer.name());
    }
  }
}
