package dev.vitae.generators.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Localized;
import dev.vitae.generators.json.JsonResumeLayout.Part;

/**
 * Maps a CV onto the JSON Resume 1.x document tree by walking the model's records, as
 * {@link JsonResumeLayout} lays them out: {@code $schema}, the components JSON Resume has a
 * place for, then the extension with the rest.
 */
final class ResumeJson {

  private final VitaeExtension extension;
  private final Fields root;

  private ResumeJson(Localized localized) {
    this.extension = new VitaeExtension(localized);
    this.root = Fields.root(extension);
  }

  /** The whole document for {@code cv}, its texts in the language of {@code localized}. */
  static ObjectNode of(Resume cv, Localized localized) {
    return new ResumeJson(localized).write(cv);
  }

  private ObjectNode write(Resume cv) {
    root.string(JsonResumeLayout.SCHEMA, JsonGenerator.SCHEMA_URL);
    for (String component : JsonResumeLayout.documentComponents()) {
      root.component(cv, component, Part.RESUME);
    }
    extension.sections().component(cv, JsonResumeLayout.SECTIONS, Part.EXTENSION);
    extension.localization(cv.localization());
    extension.order(cv.order());
    extension.style(cv.style());
    ObjectNode document = root.node();
    ObjectNode vitae = extension.toJson();
    if (vitae != null) {
      document.set(JsonResumeLayout.EXTENSION, vitae);
    }
    return document;
  }
}
