package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How builder calls are laid out in the file: on one line where they fit, else broken as a
 * person breaks them. Each case is a call on a receiver {@code x}, in a method body as the
 * generated source has it: the call on a line of its own, eight columns in, before a {@code ;}.
 */
class LayoutTest {

  @Test
  void aCallThatFitsStaysOnOneLine() {
    assertEquals("""
        x
            .skill(s -> s.name("GPU").keywords("CUDA", "Triton"));
        """, laidOut(skill("GPU")));
  }

  @Test
  void aCallThatDoesNotFitPutsOneCallOfItsLambdaPerLine() {
    assertEquals("""
        x
            .skill(s -> s
                .name("GPU programming, kernels and their benchmarks")
                .keywords("CUDA", "Triton"));
        """, laidOut(skill("GPU programming, kernels and their benchmarks")));
  }

  @Test
  void whatFollowsACallCountsTowardItsLine() {
    // .name("...") is eight columns in and followed by ";": 82 characters fill the line.
    String fits = "ab ".repeat(27) + "a";
    assertEquals(1, laidOut(Call.method("name", new StringLiteral(fits))).lines().count() - 1);
    String tooWide = fits + "b";
    assertEquals(2, laidOut(Call.method("name", new StringLiteral(tooWide))).lines().count() - 1);
  }

  @Test
  void aLongStringSplitsAfterSpacesWithinTheLimit() {
    String word = "A-word-far-too-long-for-any-line-of-this-file-".repeat(3);
    String text = "Builds fast inference systems for large language models; writes clear "
        + "code, careful benchmarks\nand \"boring\" tooling that keeps them running. " + word;
    assertEquals("""
        x
            .summary("Builds fast inference systems for large language models; writes clear code, "
                + "careful benchmarks\\n"
                + "and \\"boring\\" tooling that keeps them running. "
                + "%s");
        """.formatted(word), laidOut(Call.method("summary", new StringLiteral(text))));
  }

  @Test
  void anArgumentThatDoesNotFitGoesOnAContinuationLine() {
    Call summary = Call.method("summary",
        new StringLiteral("Makes large language model inference fast."),
        Call.helper(CodeBlock.of("de"), "de", List.of(
            new StringLiteral("Macht die Inferenz großer Sprachmodelle schnell."))));
    assertEquals("""
        x
            .summary("Makes large language model inference fast.",
                de("Macht die Inferenz großer Sprachmodelle schnell."));
        """, laidOut(summary));
  }

  @Test
  void aLambdaAfterALongArgumentStartsOnItsLine() {
    Call highlight = Call.method("highlight",
        new StringLiteral("Kernel optimization for attention, GEMM and communication"),
        Lambda.of("h", List.of(Call.method("highlight", new StringLiteral("Group GEMM +30%")))));
    assertEquals("""
        x
            .highlight("Kernel optimization for attention, GEMM and communication", h -> h
                .highlight("Group GEMM +30%"));
        """, laidOut(highlight));
  }

  @Test
  void theDatesOfAnEntryShareALine() {
    Call work = Call.method("work", Lambda.of("w", List.of(
        Call.method("name", new StringLiteral("Conference on Very Long Names of Things")),
        Call.method("position", new StringLiteral("Program committee")),
        new CallGroup(List.of(Call.method("start", Literal.integer(2018)),
            Call.method("ongoing"))))));
    assertEquals("""
        x
            .work(w -> w
                .name("Conference on Very Long Names of Things")
                .position("Program committee")
                .start(2018).ongoing());
        """, laidOut(work));
  }

  @Test
  void anEmptyLambdaIsAnEmptyBlock() {
    assertEquals("""
        x
            .basics(b -> {});
        """, laidOut(Call.method("basics", Lambda.of("b", List.of()))));
  }

  private static Call skill(String name) {
    return Call.method("skill", Lambda.of("s", List.of(
        Call.method("name", new StringLiteral(name)),
        Call.method("keywords", new StringLiteral("CUDA"), new StringLiteral("Triton")))));
  }

  /** {@code x} and {@code call} as a statement of a method body, unindented by four. */
  private static String laidOut(Code call) {
    Chain chain = new Chain(Literal.of(CodeBlock.of("x")), List.of(call));
    String file = JavaFile.builder("", TypeSpec.classBuilder("T")
        .addMethod(MethodSpec.methodBuilder("m")
            .addCode("$L;\n", chain.at(Place.lineStart(4, ";".length()))).build())
        .build()).indent("  ").build().toString();
    StringBuilder body = new StringBuilder();
    file.lines().dropWhile(line -> !line.contains("void m()")).skip(1)
        .takeWhile(line -> !line.equals("  }"))
        .forEach(line -> body.append(line.substring(4)).append('\n'));
    assertTrue(body.toString().lines().allMatch(line -> line.length() + 4 <= Code.COLUMN_LIMIT
        || line.contains("A-word-far-too-long")), body::toString);
    return body.toString();
  }
}
