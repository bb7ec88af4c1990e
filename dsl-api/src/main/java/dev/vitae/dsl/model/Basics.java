package dev.vitae.dsl.model;

import java.util.List;

/** Who the CV is about and how to reach them. */
public record Basics(
    Text name,
    Text label,
    String image,
    String email,
    String phone,
    String url,
    Text summary,
    Location location,
    List<Profile> profiles) {

  public Basics {
    profiles = List.copyOf(profiles);
  }
}
