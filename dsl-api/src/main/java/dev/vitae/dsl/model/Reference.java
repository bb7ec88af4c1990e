package dev.vitae.dsl.model;

/** A reference: who, and what they said. */
public record Reference(Text name, Text reference) {}
