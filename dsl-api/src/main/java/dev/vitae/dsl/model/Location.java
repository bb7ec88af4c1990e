package dev.vitae.dsl.model;

/** A postal location; {@code countryCode} is ISO 3166-1 alpha-2 ("DE", "CN"). */
public record Location(
    Text address, String postalCode, Text city, String countryCode, Text region) {}
