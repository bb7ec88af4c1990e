package dev.vitae.importer;

/**
 * A part of the JSON document the import left out, and why: an unknown field, a date Vitae
 * cannot read, an empty URL. The generated class lists them all, so nothing goes missing
 * unnoticed.
 *
 * @param pointer where it sits in the document, as a JSON Pointer: {@code /work/0/foo}
 * @param reason why it was left out: {@code "an unknown field"}
 */
record NotImported(String pointer, String reason) {}
