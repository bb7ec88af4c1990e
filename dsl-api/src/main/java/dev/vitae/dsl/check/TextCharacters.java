package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every string of a CV, its texts and their translations, its e-mails and links, and its label
 * overrides, holds only characters an output can carry ({@link Characters#flaw}): a lone
 * surrogate or a control character is reported at the argument that wrote it.
 */
final class TextCharacters {

  private final Consumer<Problem> report;

  private TextCharacters(Consumer<Problem> report) {
    this.report = report;
  }

  static void check(Resume cv, Consumer<Problem> report) {
    TextCharacters checker = new TextCharacters(report);
    TextWalker.walk(cv, Path.ROOT, checker::text);
    checker.strings(cv, Path.ROOT);
    List<Localization.LabelOverride> labels = cv.localization().labels();
    for (int i = 0; i < labels.size(); i++) {
      checker.string(Path.ROOT.then("label", i).then("text"), labels.get(i).text());
    }
  }

  private void text(Path path, Text text) {
    string(path, text.value());
    for (int i = 0; i < text.translations().size(); i++) {
      string(path.then("translations", i), text.translations().get(i).value());
    }
  }

  /** The plain string components (e-mails, links, codes) of a record and those below it. */
  private void strings(Record record, Path path) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = Components.read(record, component);
      String name = component.getName();
      if (value instanceof String string) {
        string(path.then(ModelNames.builderMethod(name)), string);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record nested && !(nested instanceof Text)) {
            strings(nested, path.then(ModelNames.builderMethod(name), i));
          }
        }
      } else if (value instanceof Record nested && !(nested instanceof Text)
          && !(nested instanceof DateRange) && !(nested instanceof Localization)) {
        strings(nested, path.then(name));
      }
    }
  }

  private void string(Path path, String value) {
    if (value != null) {
      Characters.flaw(value).ifPresent(flaw -> report.accept(new Problem(Check.TEXT, path,
          path + " \"" + Characters.printable(shortened(value)) + "\" " + flaw
              + "; remove it or write the character it stands for")));
    }
  }

  private static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 37) + "..." : value;
  }
}
