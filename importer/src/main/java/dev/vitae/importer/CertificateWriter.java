package dev.vitae.importer;

import dev.vitae.dsl.model.Certificate;

/** A certification: {@code .certificate(c -> c.name("CKA").issuer("CNCF"))}. */
final class CertificateWriter implements EntryWriter<Certificate> {

  private final Arguments arguments;

  CertificateWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Certificate certificate) {
    return Call.method("certificate", new BuilderCalls(arguments)
        .text("name", certificate.name())
        .date("date", certificate.date())
        .string("url", certificate.url())
        .text("issuer", certificate.issuer())
        .asLambda("c"));
  }
}
