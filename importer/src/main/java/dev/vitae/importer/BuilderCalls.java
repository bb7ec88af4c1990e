package dev.vitae.importer;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.json.JsonResumeLayout.Shape;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calls that fill one builder, in the order the model has its fields. A value that is
 * absent (null, an empty list) makes no call, just as an author leaves the call out.
 *
 * <p>{@link #components} writes a whole record this way, each component by the builder method
 * {@link ModelNames#builderMethod} names: a text or string as one call, a date range as
 * {@code .start(...).end(...)}, a list of texts as varargs, a table row per call, and a nested
 * record (or each record of a list) as a lambda whose parameter is the method's first letter:
 * {@code .location(l -> l.city("Berlin"))}, {@code .profile(p -> p.network("GitHub"))}.
 */
final class BuilderCalls {

  private final Arguments arguments;
  private final List<Code> calls = new ArrayList<>();

  BuilderCalls(Arguments arguments) {
    this.arguments = arguments;
  }

  /**
   * The calls that set each component of {@code record} but those named {@code leftOut}, in
   * the order of the components.
   */
  BuilderCalls components(Record record, String... leftOut) {
    Set<String> skipped = Set.of(leftOut);
    for (RecordComponent component : Components.of(record.getClass())) {
      if (!skipped.contains(component.getName())) {
        member(component, Components.read(record, component));
      }
    }
    return this;
  }

  /** {@code record} as the lambda argument of {@code method}: {@code .work(w -> w...)}. */
  static Call entry(Arguments arguments, String method, Record record) {
    return Call.method(method,
        new BuilderCalls(arguments).components(record).asLambda(parameter(method)));
  }

  /** The calls that set {@code value}, the value of {@code component}, as its shape is. */
  @SuppressWarnings("unchecked")
  private BuilderCalls member(RecordComponent component, Object value) {
    String method = ModelNames.builderMethod(component.getName());
    return switch (Shape.of(component)) {
      case TEXT -> text(method, (Text) value);
      case STRING -> string(method, (String) value);
      case DATE -> date(method, (PartialDate) value);
      case DATES -> dates((DateRange) value);
      case TEXTS -> texts(method, (List<Text>) value);
      case HIGHLIGHTS -> highlights((List<Highlight>) value);
      case ROWS -> rows(method, (List<List<Text>>) value);
      case OBJECT -> object(method, (Record) value);
      case OBJECTS -> objects(method, (List<Record>) value);
    };
  }

  /** A table's rows, a call each: {@code .row("Infra", "Chris Riccomini")}. */
  private BuilderCalls rows(String method, List<List<Text>> rows) {
    rows.forEach(row -> calls.add(Call.method(method, arguments.texts(row))));
    return this;
  }

  /**
   * A nested record as a lambda: {@code .location(l -> l.city("Berlin"))}; one that sets
   * nothing is left out, as the JSON output leaves it out.
   */
  private BuilderCalls object(String method, Record value) {
    if (value != null) {
      BuilderCalls object = new BuilderCalls(arguments).components(value);
      if (!object.isEmpty()) {
        lambda(method, parameter(method), object);
      }
    }
    return this;
  }

  /** A lambda per record: {@code .profile(p -> p.network("GitHub"))}. */
  private BuilderCalls objects(String method, List<Record> values) {
    values.forEach(value -> lambda(method, parameter(method),
        new BuilderCalls(arguments).components(value)));
    return this;
  }

  /** The parameter of a lambda filling the builder of {@code method}: its first letter. */
  static String parameter(String method) {
    return method.substring(0, 1).toLowerCase(Locale.ROOT);
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
    if (dates == null) {
      return this;
    }
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
