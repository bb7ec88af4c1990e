package dev.vitae.dsl.model;

/** A certification and who issued it. */
public record Certificate(Text name, PartialDate date, String url, Text issuer) {}
