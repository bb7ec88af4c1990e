package dev.vitae.importer;

import dev.vitae.dsl.model.Resume;
import java.util.List;

/**
 * What a JSON document holds as a CV model, and what of the document could not go into it.
 * The model is not checked: a date like 2013-13 stays in it, so that the generated source
 * carries it and Vitae's checks report it at its line.
 */
record ImportedCv(Resume cv, List<NotImported> notImported) {

  ImportedCv {
    notImported = List.copyOf(notImported);
  }
}
