package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
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
  public BasicsBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  /** A one-line title: "Senior Software Engineer". */
  public BasicsBuilder label(String value, TextOption... translations) {
    this.label = text("label", value, translations);
    return this;
  }

  /** An absolute URL of a photo. */
  public BasicsBuilder image(String value, Mark... marks) {
    this.image = plain("image", value, marks);
    return this;
  }

  public BasicsBuilder email(String value, Mark... marks) {
    this.email = plain("email", value, marks);
    return this;
  }

  public BasicsBuilder phone(String value, Mark... marks) {
    this.phone = plain("phone", value, marks);
    return this;
  }

  /** A personal home page. */
  public BasicsBuilder url(String value, Mark... marks) {
    this.url = plain("url", value, marks);
    return this;
  }

  public BasicsBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
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

  @Override
  List<? extends Builder> parts() {
    List<Builder> parts = new ArrayList<>(profiles);
    if (location != null) {
      parts.add(location);
    }
    return parts;
  }

  Basics toModel() {
    return new Basics(name, label, image, email, phone, url, summary,
        location == null ? null : location.toModel(),
        profiles.stream().map(ProfileBuilder::toModel).toList());
  }
}
