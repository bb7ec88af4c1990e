package dev.vitae.dsl.model;

/** The sheet a CV is laid out for. */
public enum Paper {
  /** 210 × 297 mm, used nearly everywhere. */
  A4(210, 297),
  /** 8.5 × 11 in, used in North America. */
  LETTER(215.9, 279.4);

  private final double widthMm;
  private final double heightMm;

  Paper(double widthMm, double heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  public double widthMm() {
    return widthMm;
  }

  public double heightMm() {
    return heightMm;
  }
}
