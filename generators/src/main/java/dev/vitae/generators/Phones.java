package dev.vitae.generators;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Resume;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers as libphonenumber reads them: in international form ({@code +49 30 1234567}),
 * or in national form for the country of the CV's {@code basics.location.countryCode}.
 */
public final class Phones {

  private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
  /** libphonenumber's region for "none": only international numbers parse. */
  private static final String NO_REGION = "ZZ";

  private Phones() {}

  /** The CV's country (ISO 3166-1 alpha-2), or null when it gives none. */
  public static String countryOf(Resume cv) {
    Basics basics = cv.basics();
    return basics == null || basics.location() == null ? null
        : basics.location().countryCode();
  }

  /** The number, if it is a valid one, parsed with {@code country} for national forms. */
  public static Optional<PhoneNumber> parse(String phone, String country) {
    if (phone == null) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = NUMBERS.parse(phone, region(country));
      return NUMBERS.isValidNumber(number) ? Optional.of(number) : Optional.empty();
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
  }

  /** The valid number in E.164 ({@code +49301234567}), for {@code tel:} links. */
  public static Optional<String> e164(String phone, String country) {
    return parse(phone, country).map(n -> NUMBERS.format(n, PhoneNumberFormat.E164));
  }

  /** The valid number in international form: {@code +49 30 1234567}. */
  public static String international(PhoneNumber number) {
    return NUMBERS.format(number, PhoneNumberFormat.INTERNATIONAL);
  }

  /** An example number of {@code country} in international form, or null. */
  public static String example(String country) {
    PhoneNumber example = country == null ? null : NUMBERS.getExampleNumber(region(country));
    return example == null ? null : international(example);
  }

  /** Whether a number that does not parse would with a country: it is in national form. */
  public static boolean isNational(String phone) {
    return !phone.strip().startsWith("+") && !phone.strip().startsWith("00");
  }

  private static String region(String country) {
    return country == null || country.isBlank() ? NO_REGION : country.toUpperCase(Locale.ROOT);
  }
}
