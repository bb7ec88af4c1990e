package dev.vitae.maven.preview;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the preview logs, and prints it, as the goal would to Maven's console. */
final class RecordingLog implements PreviewLog {

  private final List<String> errors = new ArrayList<>();

  @Override
  public void info(String message) {
    System.out.println("[preview] " + message);
  }

  @Override
  public synchronized void error(String message) {
    System.out.println("[preview error] " + message);
    errors.add(message);
  }

  synchronized String errors() {
    return String.join("\n", errors);
  }
}
