package dev.vitae.dsl.model;

/** A spoken language and how well. */
public record Language(Text language, Text fluency) {}
