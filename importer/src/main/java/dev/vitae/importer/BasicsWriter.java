package dev.vitae.importer;

import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Profile;

/**
 * Who the CV is about: {@code .basics(b -> b.name("Jane Doe").location(l -> l.city("Berlin"))
 * .profile(p -> p.network("GitHub")))}.
 */
final class BasicsWriter implements EntryWriter<Basics> {

  private final Arguments arguments;

  BasicsWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Basics basics) {
    BuilderCalls calls = new BuilderCalls(arguments)
        .text("name", basics.name())
        .text("label", basics.label())
        .string("image", basics.image())
        .string("email", basics.email())
        .string("phone", basics.phone())
        .string("url", basics.url())
        .text("summary", basics.summary());
    if (basics.location() != null) {
      BuilderCalls location = location(basics.location());
      if (!location.isEmpty()) {
        calls.lambda("location", "l", location);
      }
    }
    basics.profiles().forEach(profile -> calls.lambda("profile", "p", profile(profile)));
    return Call.method("basics", calls.asLambda("b"));
  }

  private BuilderCalls location(Location location) {
    return new BuilderCalls(arguments)
        .text("address", location.address())
        .string("postalCode", location.postalCode())
        .text("city", location.city())
        .string("countryCode", location.countryCode())
        .text("region", location.region());
  }

  private BuilderCalls profile(Profile profile) {
    return new BuilderCalls(arguments)
        .string("network", profile.network())
        .string("username", profile.username())
        .string("url", profile.url());
  }
}
