package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A postal location. */
public final class LocationBuilder extends Builder {

  private Text address;
  private String postalCode;
  private Text city;
  private String countryCode;
  private Text region;

  LocationBuilder(Path path) {
    super(path);
  }

  public LocationBuilder address(String value, TextOption... translations) {
    this.address = text("address", value, translations);
    return this;
  }

  public LocationBuilder postalCode(String value, Mark... marks) {
    this.postalCode = plain("postalCode", value, marks);
    return this;
  }

  public LocationBuilder city(String value, TextOption... translations) {
    this.city = text("city", value, translations);
    return this;
  }

  /** ISO 3166-1 alpha-2: "DE", "CN", "US". */
  public LocationBuilder countryCode(String value) {
    this.countryCode = value;
    return this;
  }

  /** A state or province: "California", "Beijing". */
  public LocationBuilder region(String value, TextOption... translations) {
    this.region = text("region", value, translations);
    return this;
  }

  Location toModel() {
    return new Location(address, postalCode, city, countryCode, region);
  }
}
