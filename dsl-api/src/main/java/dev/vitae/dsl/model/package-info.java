/**
 * The immutable CV model, one record per section entry of the JSON Resume 1.x schema plus
 * titled custom {@link dev.vitae.dsl.model.Section sections}. A field the author did not set
 * is {@code null} (a list is empty); the generators render what is present and nothing else.
 */
package dev.vitae.dsl.model;
