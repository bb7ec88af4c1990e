package dev.vitae.importer;

/** Writes one kind of CV entry as the builder call that adds it to the CV. */
@FunctionalInterface
interface EntryWriter<T> {

  Call write(T entry);
}
