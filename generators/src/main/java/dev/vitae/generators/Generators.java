package dev.vitae.generators;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Every output format on the class path, found with {@link ServiceLoader}: Vitae's own are
 * listed in {@code META-INF/services/dev.vitae.generators.Generator}, in a fixed order, and a
 * jar may add more.
 */
public final class Generators {

  private Generators() {}

  public static List<Generator> all() {
    return ServiceLoader.load(Generator.class, Generators.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }
}
