package dev.vitae.dsl.tailor;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CV of one {@link Cut}, as its outputs print it, and the way back to the source: an entry
 * the cut prints as {@code work[0]} may be the author's {@code work[2]}.
 *
 * @param cut the variant and audience
 * @param cv the model the outputs are rendered from, without variants or marks
 * @param sources for each entry, section, bullet or label that moved, the path it has in the
 *     source, by the path it has in {@code cv}
 */
public record Tailored(Cut cut, Resume cv, Map<Path, Path> sources) {

  /** A path spelled in a message: {@code work[0]}, {@code section[1].entry[0]}. */
  private static final Pattern SPELLED_PATH = Pattern.compile("\\b[a-z]+\\[\\d+\\](\\.[a-zA-Z]+(\\[\\d+\\])?)*");

  public Tailored {
    sources = Map.copyOf(sources);
  }

  /** The path in the source of what {@code printed} names in this cut's model. */
  public Path sourceOf(Path printed) {
    List<Path.Segment> segments = printed.segments();
    for (int known = segments.size(); known > 0; known--) {
      Path source = sources.get(printed.prefix(known));
      if (source != null) {
        List<Path.Segment> whole = new ArrayList<>(source.segments());
        whole.addAll(segments.subList(known, segments.size()));
        return new Path(whole);
      }
    }
    return printed;
  }

  /** {@code text} with every path it spells written as the source spells it. */
  public String inSourceTerms(String text) {
    Matcher paths = SPELLED_PATH.matcher(text);
    StringBuilder rewritten = new StringBuilder();
    while (paths.find()) {
      Path source = sourceOf(Path.parse(paths.group()));
      paths.appendReplacement(rewritten, Matcher.quoteReplacement(source.toString()));
    }
    paths.appendTail(rewritten);
    return rewritten.toString();
  }
}
