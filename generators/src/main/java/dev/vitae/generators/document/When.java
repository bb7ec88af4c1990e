package dev.vitae.generators.document;

/**
 * When an entry happened, as the output's language words it ("Feb 2021 – Present"), with the
 * dates in it, so a format can mark them up ({@code <time>}).
 *
 * @param text the whole wording
 * @param start the first date in it, or null
 * @param end the second date in it, or null (an ongoing range ends in words)
 */
public record When(String text, Stamp start, Stamp end) {

  /** One date: its words ("Feb 2021") and its ISO 8601 form ("2021-02"). */
  public record Stamp(String text, String iso) {}
}
