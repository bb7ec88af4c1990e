package dev.vitae.processor;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Phones;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks that need a library dsl-api may not depend on, run by the processor after the
 * dsl-api rules: the phone number, with libphonenumber, and the theme, which may be one of the
 * project's folders.
 */
final class ProcessorChecks {

  /** The number to show when the CV gives no country. */
  private static final String ANY_EXAMPLE = "+49 30 1234567";

  private ProcessorChecks() {}

  static List<Problem> check(Resume cv, StyleOptions style) {
    List<Problem> problems = new ArrayList<>(phone(cv));
    String unknownTheme = style.unknownTheme(cv.style());
    if (unknownTheme != null) {
      problems.add(new Problem(Check.STYLE, Path.ROOT.then("style").then("theme"),
          unknownTheme));
    }
    return problems;
  }

  private static List<Problem> phone(Resume cv) {
    if (cv.basics() == null || cv.basics().phone() == null) {
      return List.of();
    }
    String phone = cv.basics().phone();
    String country = Phones.countryOf(cv);
    if (Phones.parse(phone, country).isPresent()) {
      return List.of();
    }
    return List.of(new Problem(Check.PHONE, Path.ROOT.then("basics").then("phone"),
        "basics: phone \"" + phone + "\" " + why(phone, country)));
  }

  private static String why(String phone, String country) {
    if (Phones.isNational(phone) && (country == null || country.isBlank())) {
      return "is in national form, but the CV gives no country to read it with; "
          + international(null)
          + ", or give the country: .location(l -> l.countryCode(\"DE\"))";
    }
    try {
      PhoneNumber read = PhoneNumberUtil.getInstance().parse(phone,
          country == null ? "ZZ" : country.toUpperCase(Locale.ROOT));
      String region = PhoneNumberUtil.getInstance().getRegionCodeForCountryCode(
          read.getCountryCode());
      boolean known = !region.equals("ZZ");
      return "is not a valid phone number (read as +" + read.getCountryCode() + " "
          + read.getNationalNumber() + (known ? " in " + region : "") + "); "
          + international(known ? region : country);
    } catch (NumberParseException notANumber) {
      return "is not a phone number; " + international(country);
    }
  }

  /** The advice, with an example number of {@code country} where there is one. */
  private static String international(String country) {
    String example = country == null ? null : Phones.example(country);
    return "write it in international form, such as "
        + (example == null ? ANY_EXAMPLE : example);
  }
}
