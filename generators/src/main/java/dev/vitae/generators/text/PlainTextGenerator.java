package dev.vitae.generators.text;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind.Layout;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.document.Bullet;
import dev.vitae.generators.document.Contact;
import dev.vitae.generators.document.Document;
import dev.vitae.generators.document.Header;
import dev.vitae.generators.document.Inline;
import dev.vitae.generators.document.Item;
import dev.vitae.generators.document.Section;
import dev.vitae.generators.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CV as plain text, as an applicant tracking system or a recruiter reading a plain
 * e-mail sees it: UTF-8, lines of at most 80 columns (a Chinese character takes two), no
 * markup. The name over a rule of "=", the label, one contact a line and the summary; each
 * section's heading over a rule of "-" as wide as it, in the author's words; each entry's title
 * with its dates at the right margin, then who, where and how long, prose, "- " bullets nested
 * by two spaces, and its keywords between dots. Skills and languages are "Name: details" lines,
 * references quoted prose under the name, tables aligned columns when they fit.
 */
public final class PlainTextGenerator implements Generator {

  /** Separates the parts of a line: "Tech Lead · Tencent". */
  private static final String DOT = " · ";

  /** How deep bullets indent before they stop indenting further. */
  private static final int DEEPEST_INDENT = 12;

  /** A generator; it holds no state, so one instance may render many CVs. */
  public PlainTextGenerator() {}

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String render(Resume cv, String language) {
    return render(Reading.of(cv, language));
  }

  @Override
  public String render(Reading reading) {
    return new Page(reading.document()).write();
  }

  /** One document being written, line by line. */
  private static final class Page {

    private final Document document;
    private final String language;
    private final Punctuation marks;
    private final List<String> lines = new ArrayList<>();

    Page(Document document) {
      this.document = document;
      this.language = document.language();
      this.marks = Punctuation.of(language);
    }

    String write() {
      if (document.header() != null) {
        header(document.header());
      }
      for (Section section : document.sections()) {
        section(section);
      }
      if (!document.about().isEmpty()) {
        blank();
        add(Columns.wrap(joined(document.about(), DOT), language));
      }
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private void header(Header header) {
      if (header.name() != null) {
        underlined(Columns.wrap(PlainInline.phrase(header.name()), language), '=');
      }
      if (header.label() != null) {
        add(Columns.wrap(PlainInline.phrase(header.label()), language));
      }
      blank();
      for (Contact contact : header.contacts()) {
        add(Columns.wrap(contact(contact), language, "", "  "));
      }
      if (header.photo() != null) {
        add(Columns.wrap(header.photo(), language));
      }
      if (header.summary() != null) {
        blank();
        prose(header.summary(), "", "");
      }
    }

    /** "GitHub: janedoe (https://github.com/janedoe)", "jane@example.com". */
    private String contact(Contact contact) {
      String text = contact.text() == null ? "" : PlainInline.phrase(contact.text());
      if (contact.link() != null) {
        text = PlainInline.linked(text, contact.link());
      }
      if (contact.network() == null) {
        return text;
      }
      String network = Columns.oneLine(contact.network());
      return text.isEmpty() ? network : network + marks.colon() + text;
    }

    private void section(Section section) {
      blank();
      underlined(Columns.wrap(PlainInline.phrase(section.heading()), language), '-');
      if (section.intro() != null) {
        prose(section.intro(), "", "");
        if (!section.items().isEmpty() || section.table() != null) {
          blank();
        }
      }
      boolean spaced = section.layout() != Layout.PAIRS;
      for (int i = 0; i < section.items().size(); i++) {
        Item item = section.items().get(i);
        if (spaced && i > 0) {
          blank();
        }
        switch (section.layout()) {
          case PAIRS -> pair(item);
          case QUOTES -> quote(item);
          default -> entry(item);
        }
      }
      if (section.table() != null) {
        if (!section.items().isEmpty()) {
          blank();
        }
        table(section.table());
      }
      blank();
    }

    /** Title and dates, who, where and how long, then prose, bullets and keywords. */
    private void entry(Item item) {
      heading(item);
      if (item.body() != null) {
        prose(item.body(), "", "");
      }
      rest(item);
    }

    /** "Name (level): keyword · keyword", or "Name: details". */
    private void pair(Item item) {
      StringBuilder line = new StringBuilder(joined(item.title(), marks.comma()));
      String details = byline(item);
      String tags = joined(item.tags(), DOT);
      if (!tags.isEmpty()) {
        line.append(details.isEmpty() ? "" : marks.parenthesized(details))
            .append(marks.colon()).append(tags);
      } else if (!details.isEmpty()) {
        line.append(marks.colon()).append(details);
      }
      if (item.when() != null) {
        line.append(DOT).append(Columns.oneLine(item.when().text()));
      }
      add(Columns.wrap(line.toString(), language, "", "  "));
      String where = where(item);
      if (!where.isEmpty()) {
        add(Columns.wrap(where, language, "  ", "  "));
      }
      if (item.body() != null) {
        prose(item.body(), "  ", "  ");
      }
      bullets(item.bullets(), 1);
    }

    /** The name, then the words quoted and indented below it. */
    private void quote(Item item) {
      heading(item);
      if (item.body() != null) {
        List<String> paragraphs = PlainInline.paragraphs(item.body());
        LocaleData quotes = LocaleData.getInstance(ULocale.forLanguageTag(item.body().language()));
        int last = paragraphs.size() - 1;
        for (int i = 0; i <= last; i++) {
          String paragraph = (i == 0 ? quotes.getDelimiter(LocaleData.QUOTATION_START) : "")
              + paragraphs.get(i) + (i == last ? quotes.getDelimiter(LocaleData.QUOTATION_END) : "");
          if (i > 0) {
            lines.add("");
          }
          add(Columns.wrap(paragraph, item.body().language(), "  ", "  "));
        }
      }
      rest(item);
    }

    /** The title with the dates at the right margin, or below it when they do not fit. */
    private void heading(Item item) {
      List<String> title = Columns.wrap(joined(item.title(), marks.comma()), language);
      String when = item.when() == null ? "" : Columns.oneLine(item.when().text());
      int whenWidth = Columns.width(when);
      if (when.isEmpty() || whenWidth > Columns.WIDTH) {
        add(title);
        add(Columns.wrap(when, language));
      } else if (!title.isEmpty()
          && Columns.width(title.get(title.size() - 1)) + 3 + whenWidth <= Columns.WIDTH) {
        String last = title.remove(title.size() - 1);
        add(title);
        lines.add(Columns.pad(last, Columns.WIDTH - whenWidth) + when);
      } else {
        add(title);
        lines.add(" ".repeat(Columns.WIDTH - whenWidth) + when);
      }
      add(Columns.wrap(byline(item), language));
      add(Columns.wrap(where(item), language));
    }

    /** The bullets and the keywords. */
    private void rest(Item item) {
      bullets(item.bullets(), 0);
      add(Columns.wrap(joined(item.tags(), DOT), language));
    }

    private void bullets(List<Bullet> bullets, int depth) {
      String indent = "  ".repeat(Math.min(depth, DEEPEST_INDENT));
      for (Bullet bullet : bullets) {
        List<String> paragraphs = PlainInline.paragraphs(bullet.text());
        for (int i = 0; i < paragraphs.size(); i++) {
          add(Columns.wrap(paragraphs.get(i), bullet.text().language(),
              indent + (i == 0 ? "- " : "  "), indent + "  "));
        }
        bullets(bullet.bullets(), depth + 1);
      }
    }

    /** Prose, its paragraphs separated by blank lines. */
    private void prose(Inline text, String first, String rest) {
      List<String> paragraphs = PlainInline.paragraphs(text);
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i > 0) {
          lines.add("");
        }
        add(Columns.wrap(paragraphs.get(i), text.language(), first, rest));
      }
    }

    private void table(Table table) {
      List<String> columns = table.columns().stream().map(PlainInline::phrase).toList();
      List<List<String>> rows = table.rows().stream()
          .map(row -> row.stream().map(PlainInline::phrase).toList()).toList();
      add(TextTable.lines(columns, rows, language));
    }

    /** "Tech Lead, Tencent · as Reed": the byline's phrases between dots. */
    private String byline(Item item) {
      List<String> phrases = new ArrayList<>();
      for (List<Inline> phrase : item.byline()) {
        String words = joined(phrase, marks.comma());
        if (!words.isEmpty()) {
          phrases.add(words);
        }
      }
      return String.join(DOT, phrases);
    }

    /** "Beijing · 2 years, 7 months". */
    private static String where(Item item) {
      String location = item.location() == null ? "" : PlainInline.phrase(item.location());
      String duration = Columns.oneLine(Objects.requireNonNullElse(item.duration(), ""));
      return location.isEmpty() || duration.isEmpty()
          ? location + duration : location + DOT + duration;
    }

    private static String joined(List<Inline> texts, String separator) {
      List<String> words = new ArrayList<>();
      for (Inline text : texts) {
        String phrase = PlainInline.phrase(text);
        if (!phrase.isEmpty()) {
          words.add(phrase);
        }
      }
      return String.join(separator, words);
    }

    /** Lines over a rule as wide as the widest of them. */
    private void underlined(List<String> heading, char rule) {
      if (heading.isEmpty()) {
        return;
      }
      add(heading);
      lines.add(String.valueOf(rule).repeat(
          heading.stream().mapToInt(Columns::width).max().orElse(0)));
    }

    /** One blank line, unless the page starts here or the last line is blank already. */
    private void blank() {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
        lines.add("");
      }
    }

    private void add(List<String> more) {
      lines.addAll(more);
    }
  }

  /**
   * The punctuation set between a CV's words: fullwidth and without spaces in Chinese and
   * Japanese ("博士，高性能计算", "GPU 编程（精通）：CUDA"), else ", ", ": " and " (...)".
   */
  record Punctuation(String comma, String colon, String open, String close) {

    static Punctuation of(String language) {
      String base = ULocale.forLanguageTag(language).getLanguage();
      if (base.equals("ja")) {
        return new Punctuation("、", "：", "（", "）");
      }
      if (base.equals("zh")) {
        return new Punctuation("，", "：", "（", "）");
      }
      return new Punctuation(", ", ": ", " (", ")");
    }

    String parenthesized(String text) {
      return open + text + close;
    }
  }
}
