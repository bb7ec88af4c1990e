package dev.vitae.generators.html;

import dev.vitae.generators.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import org.junit.jupiter.api.Test;

class TimeElementsTest {

  private static final PartialDate FEB_2021 = PartialDate.of(2021, 2);
  private static final PartialDate DAY = PartialDate.of(2021, 3, 9);

  @Test
  void aDateAtEachPrecision() {
    assertEquals("<time datetime=\"2019\">2019</time>", TimeElements.of(PartialDate.of(2019), Dates.ENGLISH));
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time>", TimeElements.of(FEB_2021, Dates.ENGLISH));
    assertEquals("<time datetime=\"2021-03-09\">9 Mar 2021</time>", TimeElements.of(DAY, Dates.ENGLISH));
  }

  @Test
  void rangesMarkEachDate() {
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time> – Present",
        TimeElements.of(new DateRange(FEB_2021, null, true), Dates.ENGLISH));
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time> – "
            + "<time datetime=\"2021-03-09\">9 Mar 2021</time>",
        TimeElements.of(new DateRange(FEB_2021, DAY, false), Dates.ENGLISH));
    assertEquals("<time datetime=\"2021-02\">Feb 2021</time>",
        TimeElements.of(new DateRange(FEB_2021, null, false), Dates.ENGLISH));
    assertEquals("", TimeElements.of(DateRange.NONE, Dates.ENGLISH));
  }
}
