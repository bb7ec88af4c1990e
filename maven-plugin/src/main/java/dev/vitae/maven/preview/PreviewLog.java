package dev.vitae.maven.preview;

/** Where the preview reports builds: Maven's log for the goal, the console for a test. */
public interface PreviewLog {

  void info(String message);

  /** javac's messages of a failed build, printed as javac printed them. */
  void error(String message);
}
