package dev.vitae.maven.preview;

import java.time.Duration;

/**
 * The latest build the preview made: its number, which goes up by one per build, and javac's
 * messages when it failed. Pages wait on it for the next build.
 */
final class BuildStatus {

  private long number;
  private String errors;

  /** Records a build; {@code errors} is null when it succeeded. */
  synchronized void record(String errors) {
    number++;
    this.errors = errors;
    notifyAll();
  }

  synchronized long number() {
    return number;
  }

  /** javac's messages if the latest build failed, else null. */
  synchronized String errors() {
    return errors;
  }

  /**
   * The latest build's number once it is not {@code seen}, waiting up to {@code timeout} for
   * that; {@code seen} itself when no build came. A page from before a restart of the preview
   * has seen a number this one has not reached, and gets the current number at once.
   */
  synchronized long awaitBuildOtherThan(long seen, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (number == seen) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return seen;
      }
      Duration remaining = Duration.ofNanos(left);
      wait(Math.max(1, remaining.toMillis()));
    }
    return number;
  }
}
