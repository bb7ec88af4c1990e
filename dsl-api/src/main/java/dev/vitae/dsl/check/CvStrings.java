package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every string a CV holds, each with the path of the argument that wrote it: its texts and
 * their translations ({@code work[0].name.translations[1]}), its plain strings (e-mails,
 * links, codes) and its label overrides. The rules on characters walk them, and so does the
 * processor's check of the PDF's fonts.
 */
public final class CvStrings {

  private CvStrings() {}

  public static void forEach(Resume cv, BiConsumer<Path, String> visitor) {
    TextWalker.walk(cv, Path.ROOT, (path, text) -> text(path, text, visitor));
    strings(cv, Path.ROOT, visitor);
    List<Localization.LabelOverride> labels = cv.localization().labels();
    for (int i = 0; i < labels.size(); i++) {
      visit(Path.ROOT.then("label", i).then("text"), labels.get(i).text(), visitor);
    }
  }

  private static void text(Path path, Text text, BiConsumer<Path, String> visitor) {
    visit(path, text.value(), visitor);
    for (int i = 0; i < text.translations().size(); i++) {
      visit(path.then("translations", i), text.translations().get(i).value(), visitor);
    }
  }

  /** The plain string components of a record and of those below it. */
  private static void strings(Record record, Path path, BiConsumer<Path, String> visitor) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = Components.read(record, component);
      String name = component.getName();
      if (value instanceof String string) {
        visit(path.then(ModelNames.builderMethod(name)), string, visitor);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record nested && !(nested instanceof Text)) {
            strings(nested, path.then(ModelNames.builderMethod(name), i), visitor);
          }
        }
      } else if (value instanceof Record nested && !(nested instanceof Text)
          && !(nested instanceof DateRange) && !(nested instanceof Localization)) {
        strings(nested, path.then(name), visitor);
      }
    }
  }

  private static void visit(Path path, String value, BiConsumer<Path, String> visitor) {
    if (value != null) {
      visitor.accept(path, value);
    }
  }
}
