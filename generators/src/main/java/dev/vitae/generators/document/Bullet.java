package dev.vitae.generators.document;

import java.util.List;

/** A bullet point, with the bullets nested under it. */
public record Bullet(Inline text, List<Bullet> bullets) {

  public Bullet {
    bullets = List.copyOf(bullets);
  }
}
