package dev.vitae.dsl.model;

import java.util.List;

/** An interest and its keywords. */
public record Interest(Text name, List<Text> keywords) {

  public Interest {
    keywords = List.copyOf(keywords);
  }
}
