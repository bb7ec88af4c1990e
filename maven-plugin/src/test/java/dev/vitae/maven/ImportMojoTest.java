package dev.vitae.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CV's name vitae:import gives when -Dname is left out: the importer's default. */
class ImportMojoTest {

  @Test
  void theClassNameInKebabCase() {
    assertEquals("jane-doe", ImportMojo.kebabCase("JaneDoe"));
    assertEquals("senior-engineer-cv", ImportMojo.kebabCase("SeniorEngineerCv"));
    assertEquals("cv2025", ImportMojo.kebabCase("Cv2025"));
    assertEquals("jane", ImportMojo.kebabCase("Jane"));
  }
}
