package dev.vitae.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.vitae.dsl.Builder;
import dev.vitae.dsl.ResumeBuilder;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Path.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which source tree made each builder and set each of its values, so that a problem
 * found on {@code work[1].end.month} is reported at the {@code 13} in {@code .end(2019, 13)}.
 */
final class SourceMap {

  private final Map<Path, Builder> builders = new HashMap<>();
  private final Map<Builder, Origin> origins = new IdentityHashMap<>();
  private final Map<Builder, Map<String, List<CallSite>>> calls = new IdentityHashMap<>();
  /** The source file of each call, argument and lambda evaluated: fragments have their own. */
  private final Map<Tree, CompilationUnitTree> units = new IdentityHashMap<>();
  private final Tree fallback;

  /** {@code fallback} is where problems go that nothing more precise explains: the method. */
  SourceMap(Tree fallback) {
    this.fallback = fallback;
  }

  /**
   * Records that {@code builder} was created by {@code site}; {@code tree} is the argument
   * that filled it (the lambda), or the call itself. The first creation seen wins.
   */
  void created(Builder builder, CallSite site, Tree tree) {
    if (!origins.containsKey(builder)) {
      origins.put(builder, new Origin(site, tree));
      builders.putIfAbsent(builder.path(), builder);
    }
  }

  /** Records a setter or adder called on {@code builder}. */
  void called(Builder builder, CallSite site) {
    calls.computeIfAbsent(builder, b -> new HashMap<>())
        .computeIfAbsent(site.method().getSimpleName().toString(), name -> new ArrayList<>())
        .add(site);
  }

  /** Records that {@code tree} (and, for a call, its arguments) is in the file {@code unit}. */
  void inUnit(Tree tree, CompilationUnitTree unit) {
    units.putIfAbsent(tree, unit);
    if (tree instanceof MethodInvocationTree call) {
      call.getArguments().forEach(argument -> units.putIfAbsent(argument, unit));
    }
  }

  /** The source file {@code tree} is in; {@code cv}, the CV's own, for a tree not recorded. */
  CompilationUnitTree unitOf(Tree tree, CompilationUnitTree cv) {
    return units.getOrDefault(tree, cv);
  }

  /** The CV's own builder ({@code Vitae.cv()}), or null if the method made none. */
  ResumeBuilder root() {
    return builders.get(Path.ROOT) instanceof ResumeBuilder root ? root : null;
  }

  /** The tree to report a problem at {@code path} on. */
  Tree locate(Path path) {
    List<Segment> segments = path.segments();
    for (int known = segments.size(); known >= 0; known--) {
      Builder builder = builders.get(path.prefix(known));
      if (builder != null) {
        return locate(builder, segments.subList(known, segments.size()));
      }
    }
    return fallback;
  }

  private Tree locate(Builder builder, List<Segment> rest) {
    Origin origin = origins.get(builder);
    if (rest.isEmpty()) {
      return origin.tree();
    }
    Segment property = rest.get(0);
    List<CallSite> setters = calls.getOrDefault(builder, Map.of())
        .getOrDefault(property.name(), List.of());
    if (setters.isEmpty()) {
      // Not set by a call of its own: maybe an argument of the call that made the builder
      // (the title of section("Patents", ...), the root's languages); else the builder.
      Tree argument = origin.site() == null ? null : origin.site().argumentFor(rest);
      return argument != null ? argument : origin.tree();
    }
    if (property.hasIndex() && property.index() >= setters.size()) {
      // keywords("a", "b", "c") sets keywords[0..2] in one call.
      return setters.get(setters.size() - 1).varargsElement(property.index());
    }
    CallSite setter = setters.get(property.hasIndex() ? property.index() : setters.size() - 1);
    Tree argument = setter.argumentFor(rest.subList(1, rest.size()));
    return argument != null ? argument : setter.firstArgumentOrCall();
  }

  /** Where a builder came from: the creating call (null for the root) and the tree to blame. */
  private record Origin(CallSite site, Tree tree) {}
}
