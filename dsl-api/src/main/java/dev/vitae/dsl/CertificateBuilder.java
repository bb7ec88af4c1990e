package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Certificate;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/** A certification and who issued it. */
public final class CertificateBuilder extends DatedBuilder<CertificateBuilder> {

  private Text name;
  private String url;
  private Text issuer;

  CertificateBuilder(Path path) {
    super(path);
  }

  public CertificateBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  public CertificateBuilder url(String value) {
    this.url = value;
    return this;
  }

  public CertificateBuilder issuer(String value, Translation... translations) {
    this.issuer = text(value, translations);
    return this;
  }

  Certificate toModel() {
    return new Certificate(name, date(), url, issuer);
  }
}
