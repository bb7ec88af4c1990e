package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The warm-up CV stays a valid CV that every format renders: else it would warm up nothing. */
class WarmUpTest {

  @Test
  void everyFormatRendersTheWarmUpCv() {
    Reading reading = Reading.of(WarmUp.cv(), "en");
    for (Generator generator : Generators.all()) {
      assertFalse(generator.render(reading).isBlank(), generator.extension());
    }
  }
}
