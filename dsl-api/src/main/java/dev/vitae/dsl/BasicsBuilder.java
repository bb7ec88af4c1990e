package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Who the CV is about and how to reach them. */
public final class BasicsBuilder extends Builder {

  private Text name;
  private Text label;
  private String image;
  private String email;
  private String phone;
  private String url;
  private Text summary;
  private LocationBuilder location;
  private final List<ProfileBuilder> profiles = new ArrayList<>();

  BasicsBuilder(Path path) {
    super(path);
  }

  /** The person's full name. */
  public BasicsBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  /** A one-line title: "Senior Software Engineer". */
  public BasicsBuilder label(String value, Translation... translations) {
    this.label = text(value, translations);
    return this;
  }

  /** An absolute URL of a photo. */
  public BasicsBuilder image(String value) {
    this.image = value;
    return this;
  }

  public BasicsBuilder email(String value) {
    this.email = value;
    return this;
  }

  public BasicsBuilder phone(String value) {
    this.phone = value;
    return this;
  }

  /** A personal home page. */
  public BasicsBuilder url(String value) {
    this.url = value;
    return this;
  }

  public BasicsBuilder summary(String value, Translation... translations) {
    this.summary = text(value, translations);
    return this;
  }

  public BasicsBuilder location(Consumer<LocationBuilder> location) {
    if (this.location == null) {
      this.location = new LocationBuilder(path().then("location"));
    }
    location.accept(this.location);
    return this;
  }

  public BasicsBuilder profile(Consumer<ProfileBuilder> profile) {
    ProfileBuilder builder = new ProfileBuilder(path().then("profile", profiles.size()));
    profiles.add(builder);
    profile.accept(builder);
    return this;
  }

  Basics toModel() {
    return new Basics(name, label, image, email, phone, url, summary,
        location == null ? null : location.toModel(),
        profiles.stream().map(ProfileBuilder::toModel).toList());
  }
}
