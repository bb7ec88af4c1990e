package dev.vitae.importer;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls that fill one builder, in the order the model has its fields. A value that is
 * absent (null, an empty list) makes no call, just as an author leaves the call out.
 */
final class BuilderCalls {

  private final Arguments arguments;
  private final List<Code> calls = new ArrayList<>();

  BuilderCalls(Arguments arguments) {
    this.arguments = arguments;
  }

  /** A plain string: {@code .email("jane@example.com")}. */
  BuilderCalls string(String method, String value) {
    if (value != null) {
      calls.add(Call.method(method, arguments.string(value)));
    }
    return this;
  }

  /** A text with its translations: {@code .position("Engineer", zhHans("工程师"))}. */
  BuilderCalls text(String method, Text value) {
    if (value != null) {
      calls.add(Call.method(method, arguments.text(value)));
    }
    return this;
  }

  /** A list of texts: {@code .keywords("CUDA", "Triton")}. */
  BuilderCalls texts(String method, List<Text> values) {
    if (!values.isEmpty()) {
      calls.add(Call.method(method, arguments.texts(values)));
    }
    return this;
  }

  /** A single date: {@code .date(2021, SEPTEMBER, 8)}. */
  BuilderCalls date(String method, PartialDate date) {
    if (date != null) {
      calls.add(dateCall(method, date));
    }
    return this;
  }

  /**
   * {@code .start(2021, FEBRUARY)}, then {@code .end(...)} or {@code .ongoing()}, together on
   * one line.
   */
  BuilderCalls dates(DateRange dates) {
    List<Call> range = new ArrayList<>();
    if (dates.start() != null) {
      range.add(dateCall("start", dates.start()));
    }
    if (dates.end() != null) {
      range.add(dateCall("end", dates.end()));
    }
    if (dates.ongoing()) {
      range.add(Call.method("ongoing"));
    }
    if (!range.isEmpty()) {
      calls.add(range.size() == 1 ? range.get(0) : new CallGroup(range));
    }
    return this;
  }

  private Call dateCall(String method, PartialDate date) {
    return Call.method(method, arguments.date(date));
  }

  /** Bullet points, with the bullets nested under them. */
  BuilderCalls highlights(List<Highlight> highlights) {
    calls.addAll(new HighlightsWriter(arguments).write(highlights));
    return this;
  }

  /** A builder filled by a lambda: {@code .location(l -> l.city("Berlin"))}. */
  BuilderCalls lambda(String method, String parameter, BuilderCalls body) {
    calls.add(Call.method(method, Lambda.of(parameter, body.calls())));
    return this;
  }

  BuilderCalls add(Call call) {
    calls.add(call);
    return this;
  }

  List<Code> calls() {
    return List.copyOf(calls);
  }

  boolean isEmpty() {
    return calls.isEmpty();
  }

  /** These calls as a lambda argument: {@code w -> w.name("NIO")}. */
  Lambda asLambda(String parameter) {
    return Lambda.of(parameter, calls);
  }
}
