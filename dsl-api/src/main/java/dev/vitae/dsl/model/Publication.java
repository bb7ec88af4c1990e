package dev.vitae.dsl.model;

/** A paper, book or article. */
public record Publication(
    Text name, Text publisher, PartialDate releaseDate, String url, Text summary) {}
