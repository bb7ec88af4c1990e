package dev.vitae.dsl.model;

/** About the CV document itself. */
public record Meta(String canonical, String version, String lastModified) {}
