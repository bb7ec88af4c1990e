package dev.vitae.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.generators.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xelatex route's hardening, with a real xelatex: it runs, fails clearly, and stays put. */
class XelatexTest {

  private static final String DOCUMENT = "\\documentclass{article}\\begin{document}%s"
      + "\\end{document}\n";

  @TempDir Path outside;

  @Test
  void noXelatexOnThePathIsNone() {
    assertEquals(Optional.empty(), Xelatex.onPath(outside.toString()));
  }

  @Test
  void compilesAndGivesTheSameBytesTwice() throws IOException {
    Xelatex xelatex = xelatex();
    byte[] first = xelatex.compile(DOCUMENT.formatted("Hello"));
    assertTrue(new String(first, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    assertTrue(java.util.Arrays.equals(first, xelatex.compile(DOCUMENT.formatted("Hello"))),
        "fixed dates: the same LaTeX gives the same PDF");
  }

  @Test
  void anErrorStopsItWithTheLogsFirstErrorLine() {
    Xelatex.XelatexException failed = assertThrows(Xelatex.XelatexException.class,
        () -> xelatex().compile(DOCUMENT.formatted("\\undefinedcommand")));
    assertTrue(failed.getMessage().contains("Undefined control sequence"), failed.getMessage());
  }

  @Test
  void readsNoFileOutsideItsFolder() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.tex"), "SECRET");
    Xelatex.XelatexException refused = assertThrows(Xelatex.XelatexException.class,
        () -> xelatex().compile(DOCUMENT.formatted("\\input{" + secret + "}")));
    assertTrue(refused.getMessage().contains("secret.tex"), refused.getMessage());
  }

  @Test
  void writesNoFileOutsideItsFolderAndRunsNoShellCommand() throws IOException {
    Path written = outside.resolve("written.txt");
    Path shell = outside.resolve("shell.txt");
    try {
      xelatex().compile(DOCUMENT.formatted("\\newwrite\\out\\immediate\\openout\\out=" + written
          + "\\immediate\\write\\out{x}\\immediate\\closeout\\out"
          + "\\immediate\\write18{touch " + shell + "}x"));
    } catch (Xelatex.XelatexException refused) {
      // refusing the write is as good as not making it
    }
    assertFalse(Files.exists(written), "wrote outside its folder");
    assertFalse(Files.exists(shell), "ran a shell command");
  }

  private static Xelatex xelatex() {
    ExternalTools.require("xelatex", "texlive-xetex");
    return Xelatex.onPath().orElseThrow();
  }
}
