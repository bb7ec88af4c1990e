package dev.vitae.maven.preview;

import java.util.List;

/**
 * The HTML the preview adds: the script that reloads a page after the next build, the index
 * of the CVs, and the page that shows javac's errors in place of a CV.
 */
final class Pages {

  /** Where a page asks for the next build's number; answered after a build or in 25 s. */
  static final String CHANGES_PATH = "/__vitae/changes";

  private Pages() {}

  /**
   * A page served with the reload script, which asks for the build after {@code build} and
   * reloads when one comes. Only the served copy has it; the file on disk stays as written.
   */
  static String withReloadScript(String html, long build) {
    String script = """
        <script>
        (function () {
          var seen = %d;
          function next() {
            fetch('%s?since=' + seen, {cache: 'no-store'})
              .then(function (response) { return response.text(); })
              .then(function (build) {
                if (Number(build) !== seen) { location.reload(); } else { next(); }
              })
              .catch(function () { setTimeout(next, 1000); });
          }
          next();
        })();
        </script>
        """.formatted(build, CHANGES_PATH);
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
  }

  /** Links to each CV's files, by the paths the server serves them at. */
  static String index(List<String> files) {
    StringBuilder items = new StringBuilder();
    for (String file : files) {
      items.append("<li><a href=\"/").append(escape(file)).append("\">")
          .append(escape(file)).append("</a></li>\n");
    }
    String list = files.isEmpty()
        ? "<p>No CV yet: annotate a static method returning Resume with @Cv.</p>\n"
        : "<ul>\n" + items + "</ul>\n";
    return page("Vitae preview", "<h1>Vitae preview</h1>\n" + list);
  }

  /** javac's messages, as it printed them, in place of the CV until the errors are fixed. */
  static String errors(String messages) {
    return page("Errors: Vitae preview", """
        <h1>The CV does not compile</h1>
        <p>The last good version stays in target/cv; this page reloads once the errors are
        fixed.</p>
        <pre class="errors">%s</pre>
        """.formatted(escape(messages)));
  }

  private static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>%s</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
          padding: 0 1rem; }
        pre.errors { background: #2b1111; color: #ffd7d7; padding: 1rem; overflow-x: auto;
          font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        %s</body>
        </html>
        """.formatted(escape(title), body);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
