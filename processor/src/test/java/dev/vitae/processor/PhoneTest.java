package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Phone numbers, checked with libphonenumber after the dsl-api rules. */
class PhoneTest {

  @Test
  void somethingThatIsNoPhoneNumberIsAnError() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").phone("not a phone!!")
                .location(l -> l.countryCode("DE")))
            .build()"""));
    assertError(compilation, 8, 49, "[vitae:phone] basics: phone \"not a phone!!\" is not a"
        + " phone number; write it in international form, such as +49 30 123456");
  }

  @Test
  void aNumberTooShortForItsCountryIsAnErrorThatSaysHowItWasRead() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").phone("+49 30 12"))
            .build()"""));
    assertError(compilation, 8, 49, "[vitae:phone] basics: phone \"+49 30 12\" is not a valid"
        + " phone number (read as +49 3012 in DE); write it in international form, such as"
        + " +49 30 123456");
  }

  @Test
  void aNationalNumberNeedsTheCvsCountry() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").phone("030 1234567"))
            .build()"""));
    assertError(compilation, 8, 49, "[vitae:phone] basics: phone \"030 1234567\" is in national"
        + " form, but the CV gives no country to read it with; write it in international form,"
        + " such as +49 30 1234567, or give the country: .location(l -> l.countryCode(\"DE\"))");
    assertThat(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").phone("030 1234567")
                .location(l -> l.countryCode("DE")))
            .build()"""))).succeededWithoutWarnings();
  }

  @Test
  void validInternationalNumbersPass() {
    assertThat(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").phone("+86 10 1234 5678"))
            .build()"""))).succeededWithoutWarnings();
  }
}
