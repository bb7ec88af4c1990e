package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.generators.json.JsonResumeLayout.Shape;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layout table covers the whole model, so a new component cannot go missing unseen. */
class JsonResumeLayoutTest {

  @Test
  void placesEveryComponentOfTheCvOnce() {
    List<String> placed = new ArrayList<>(JsonResumeLayout.documentComponents());
    placed.addAll(JsonResumeLayout.extensionComponents());
    placed.addAll(JsonResumeLayout.unwrittenComponents());
    List<String> components =
        Arrays.stream(Components.of(Resume.class)).map(RecordComponent::getName).toList();
    assertEquals(components.stream().sorted().toList(), placed.stream().sorted().toList());
  }

  @Test
  void everyRecordTheWalkReachesHasAShapeForEachComponent() {
    List<String> walked = new ArrayList<>(JsonResumeLayout.documentComponents());
    walked.add(JsonResumeLayout.SECTIONS);
    Set<Class<?>> seen = new HashSet<>();
    for (RecordComponent component : Components.of(Resume.class)) {
      if (walked.contains(component.getName())) {
        assertShaped(component, seen);
      }
    }
  }

  private static void assertShaped(RecordComponent component, Set<Class<?>> seen) {
    Shape shape = Shape.of(component); // throws for a type the layout does not know
    if (shape == Shape.OBJECT || shape == Shape.OBJECTS) {
      Class<? extends Record> type = Shape.recordType(component);
      if (seen.add(type)) {
        for (RecordComponent inner : Components.of(type)) {
          assertShaped(inner, seen);
        }
      }
    }
  }

  @Test
  void sectionPointersReadBack() {
    List<SectionRef> sections = new ArrayList<>();
    SectionKind.standard().forEach(kind -> sections.add(SectionRef.of(kind)));
    sections.add(SectionRef.custom(0));
    sections.add(SectionRef.custom(12));
    for (SectionRef section : sections) {
      assertEquals(section, JsonResumeLayout.sectionAt(JsonResumeLayout.pointer(section)));
    }
    assertEquals("/x-vitae/sections/3", JsonResumeLayout.pointer(SectionRef.custom(3)));
    assertNull(JsonResumeLayout.sectionAt("/sections"));
    assertNull(JsonResumeLayout.sectionAt("/x-vitae/sections/01"));
    assertNull(JsonResumeLayout.sectionAt("/basics"));
  }
}
