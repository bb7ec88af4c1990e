package dev.vitae.dsl.model;

import java.util.List;

/** A skill area ("GPU Kernel Engineering") with its keywords ("CUDA", "Triton"). */
public record Skill(Text name, Text level, List<Text> keywords) {

  public Skill {
    keywords = List.copyOf(keywords);
  }
}
