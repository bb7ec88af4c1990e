package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.generators.document.When;
import dev.vitae.generators.document.When.Stamp;
import org.junit.jupiter.api.Test;

class TimeElementsTest {

  private static final Stamp FEB_2021 = new Stamp("Feb 2021", "2021-02");
  private static final Stamp DAY = new Stamp("9 Mar 2021", "2021-03-09");

  @Test
  void aDateIsOneElement() {
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time>",
        TimeElements.of(new When("Feb 2021", FEB_2021, null)));
  }

  @Test
  void rangesMarkEachDate() {
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time> – Present",
        TimeElements.of(new When("Feb 2021 – Present", FEB_2021, null)));
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time> – "
            + "<time datetime=\"2021-03-09\">9 Mar 2021</time>",
        TimeElements.of(new When("Feb 2021 – 9 Mar 2021", FEB_2021, DAY)));
    assertEquals("<time datetime=\"2021-03-09\">9 Mar 2021</time>",
        TimeElements.of(new When("9 Mar 2021", null, DAY)), "a graduation date alone");
  }

  @Test
  void wordsThatDoNotFrameTheirDatesKeepOnlyTheText() {
    assertEquals("since Feb 2021 &amp; on", TimeElements.of(new When("since Feb 2021 & on",
        FEB_2021, null)));
  }
}
