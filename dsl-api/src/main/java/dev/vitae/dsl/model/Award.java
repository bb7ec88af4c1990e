package dev.vitae.dsl.model;

/** A prize or honour. */
public record Award(Text title, PartialDate date, Text awarder, Text summary) {}
