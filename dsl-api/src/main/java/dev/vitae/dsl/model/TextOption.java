package dev.vitae.dsl.model;

/**
 * What a text setter takes after its text: a {@link Translation} into another language, or a
 * {@link Mark} that says in which outputs the text appears.
 */
public interface TextOption {}
