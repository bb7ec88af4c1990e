package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void latinWordsAndNumbersAreWordsWithoutCaseOrPunctuation() {
    assertEquals(List.of("tencent", "s", "llm", "inference", "22", "8", "c"),
        Words.of("Tencent's **LLM** inference: 22.8% — C++!"));
  }

  @Test
  void eachChineseCharacterIsAWord() {
    assertEquals(List.of("徐", "鑫", "ai", "中", "台"), Words.of("徐鑫，AI中台。"));
  }

  @Test
  void ligaturesAndFullWidthLettersReadAsPlainLetters() {
    assertEquals(List.of("efficient", "traffic", "qps10w"), Words.of("eﬀicient traﬃc ＱＰＳ１０ｗ"));
  }

  @Test
  void accentsStayPartOfTheirWord() {
    assertEquals(List.of("café", "señor"), Words.of("Café señor"));
  }
}
