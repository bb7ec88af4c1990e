package dev.vitae.generators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables as aligned columns when they fit in 80 columns, else as a block per row. */
class TextTableTest {

  @Test
  void aTableThatFitsIsAlignedByDisplayWidth() {
    // 类型 and 作者 take four columns each, 黄芯片 six: the columns are five and six wide.
    assertEquals(List.of(
            "类型   作者    Blog",
            "-----  ------  ------------------",
            "Infra  Chris   cnr.sh",
            "AI     黄芯片  huyenchip.com/blog"),
        TextTable.lines(List.of("类型", "作者", "Blog"), List.of(
            List.of("Infra", "Chris", "cnr.sh"), List.of("AI", "黄芯片", "huyenchip.com/blog")),
            "zh-Hans"));
  }

  @Test
  void aTableTooWideBecomesColumnValueLines() {
    String wide = "word ".repeat(20).strip();
    assertEquals(List.of(
            "Type: Infra",
            "Note: " + "word ".repeat(15).strip(),
            "  " + "word ".repeat(5).strip(),
            "",
            "Type: AI",
            "extra"),
        TextTable.lines(List.of("Type", "Note"),
            List.of(List.of("Infra", wide), List.of("AI", "", "extra")), "en"));
  }
}
