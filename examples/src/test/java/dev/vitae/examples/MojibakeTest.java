package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void utf8ReadAsMacRomanIsRepaired() {
    assertEquals("Math and Science | 苏剑林", Mojibake.repair("Math and Science | ËãèÂâëÊûó"));
  }

  @Test
  void anEmojiWhoseBytesWereMisreadComesBack() {
    assertEquals("📫 If you wish", Mojibake.repair("\uF8FFüì´ If you wish"));
  }

  @Test
  void genuineNonAsciiTextStaysAsItIs() {
    String text = "café über 2022 ———— Present “memory” 软考——系统 σ ≥80% bf16×fp32";
    assertEquals(text, Mojibake.repair(text));
  }
}
