package dev.vitae.dsl.model;

/** An account on a network: GitHub, LinkedIn, a blog. */
public record Profile(String network, String username, String url) {}
