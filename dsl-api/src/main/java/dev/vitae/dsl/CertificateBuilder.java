package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Certificate;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A certification and who issued it. */
public final class CertificateBuilder extends DatedBuilder<CertificateBuilder> {

  private Text name;
  private String url;
  private Text issuer;

  CertificateBuilder(Path path) {
    super(path);
  }

  public CertificateBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  public CertificateBuilder url(String value) {
    this.url = value;
    return this;
  }

  public CertificateBuilder issuer(String value, TextOption... translations) {
    this.issuer = text("issuer", value, translations);
    return this;
  }

  Certificate toModel() {
    return new Certificate(name, date(), url, issuer);
  }
}
