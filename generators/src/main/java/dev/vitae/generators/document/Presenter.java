package dev.vitae.generators.document;

import dev.vitae.dsl.check.Links;
import dev.vitae.dsl.check.PhotoFiles;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Profile;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionKind.Roles;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.InlineMarkup;
import dev.vitae.generators.Localized;
import dev.vitae.generators.document.Contact.Kind;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays a CV out as {@link Document}: the one place that decides what a reader sees where. It
 * follows {@link SectionKind}, so it names no kind of section and no field of one.
 */
final class Presenter {

  private final Localized localized;
  private final Dates dates;

  Presenter(Localized localized) {
    this.localized = localized;
    this.dates = localized.dates();
  }

  Document present(Resume cv) {
    List<Section> sections = new ArrayList<>();
    for (SectionRef ref : cv.order()) {
      sections.add(ref.isCustom() ? custom(cv.sections().get(ref.index())) : standard(cv, ref));
    }
    return new Document(localized.language(),
        cv.basics() == null ? null : header(cv.basics()), sections, about(cv.meta()),
        Look.of(cv.style()));
  }

  private Section standard(Resume cv, SectionRef ref) {
    SectionKind kind = ref.kind();
    Inline heading = Inline.plain(localized.labels().get(kind.heading()), localized.language());
    List<Item> items = kind.in(cv).stream().map(entry -> item(kind, (Record) entry)).toList();
    return new Section(kind.key(), kind.layout(), heading, null, items, null);
  }

  private Section custom(dev.vitae.dsl.model.Section section) {
    SectionKind kind = SectionKind.CUSTOM;
    List<Item> items = section.entries().stream().map(entry -> item(kind, entry)).toList();
    Table table = section.columns().isEmpty() ? null : new Table(inlines(section.columns()),
        section.rows().stream().map(this::inlines).toList());
    return new Section("custom", kind.layout(), inline(section.title()),
        inline(section.summary()), items, table);
  }

  /**
   * One entry: its roles' fields in their places, its url on the field that names it, and
   * what the roles leave (dates, location, bullets, a list of words) where such things go.
   */
  private Item item(SectionKind kind, Record entry) {
    Roles roles = kind.roles();
    String link = safeLink((String) componentOrNull(entry, "url"));
    String named = kind.required().field();
    List<Inline> title = new ArrayList<>();
    roles.title().forEach(field -> title.addAll(phrase(entry, field, named, link)));
    List<List<Inline>> byline = new ArrayList<>();
    for (String field : roles.byline()) {
      List<Inline> phrase = phrase(entry, field, named, link);
      if (!phrase.isEmpty()) {
        byline.add(phrase);
      }
    }
    if (title.isEmpty() && !byline.isEmpty()) {
      title.addAll(byline.remove(0)); // what the entry belongs to takes the title's place
    }
    When when = null;
    String duration = "";
    Inline location = null;
    Inline body = roles.body() == null ? null : inline((Text) Components.read(entry, roles.body()));
    List<Bullet> bullets = List.of();
    List<Inline> tags = List.of();
    String tagKind = null;
    Set<String> placed = roles.fields();
    for (RecordComponent component : Components.of(entry.getClass())) {
      Object value = Components.read(entry, component);
      String name = component.getName();
      if (value instanceof DateRange range) {
        when = when(range);
        duration = roles.duration() ? dates.duration(range) : "";
      } else if (value instanceof PartialDate date) {
        when = when(date);
      } else if (name.equals("location") && value instanceof Text text) {
        location = inline(text);
      } else if (name.equals("highlights")) {
        bullets = bullets(castList(value));
      } else if (!placed.contains(name) && tagKind == null && isTextList(component)) {
        tags = inlines(castList(value));
        tagKind = name;
      }
    }
    return new Item(title, byline, when, location, duration, body, bullets, tags,
        tagKind == null ? "keywords" : tagKind);
  }

  /** The field's texts (one, or a list's items), the one that names the entry linked. */
  private List<Inline> phrase(Record entry, String field, String named, String link) {
    Object value = Components.read(entry, field);
    List<Inline> phrase = new ArrayList<>();
    if (value instanceof Text text) {
      Inline inline = inline(text);
      phrase.add(field.equals(named) && link != null ? inline.linkedTo(link) : inline);
    } else if (value instanceof List<?> texts) {
      phrase.addAll(inlines(castList(texts)));
    }
    return phrase;
  }

  private Header header(Basics basics) {
    List<Contact> contacts = new ArrayList<>();
    if (basics.email() != null) {
      contacts.add(new Contact(Kind.EMAIL, null, plain(basics.email()),
          safeLink("mailto:" + basics.email())));
    }
    if (basics.phone() != null) {
      contacts.add(new Contact(Kind.PHONE, null, plain(basics.phone()), null));
    }
    if (basics.url() != null) {
      contacts.add(new Contact(Kind.WEBSITE, null, plain(Addresses.readable(basics.url())),
          safeLink(basics.url())));
    }
    for (Profile profile : basics.profiles()) {
      contacts.add(new Contact(Kind.PROFILE, profile.network(),
          profile.username() == null ? null : plain(profile.username()),
          safeLink(profile.url())));
    }
    if (basics.location() != null) {
      contacts.add(new Contact(Kind.LOCATION, null, place(basics.location()), null));
    }
    return new Header(inline(basics.name()), inline(basics.label()),
        photo(basics.image()), contacts, inline(basics.summary()));
  }

  /** "Example Street 1, 10115 Berlin, Brandenburg, DE": each part the author gave. */
  private Inline place(Location location) {
    String city = location.city() == null ? null : localized.text(location.city());
    String source = String.join(", ", nonEmpty(
        location.address() == null ? null : localized.text(location.address()),
        String.join(" ", nonEmpty(InlineMarkup.literal(location.postalCode()), city)),
        location.region() == null ? null : localized.text(location.region()),
        InlineMarkup.literal(location.countryCode())));
    Text reference = location.city() != null ? location.city() : location.address();
    return Inline.of(source,
        reference == null ? localized.language() : localized.languageOf(reference));
  }

  private List<Inline> about(Meta meta) {
    if (meta == null) {
      return List.of();
    }
    List<Inline> about = new ArrayList<>();
    if (meta.canonical() != null) {
      Inline canonical = plain(Addresses.readable(meta.canonical()));
      String link = safeLink(meta.canonical());
      about.add(link == null ? canonical : canonical.linkedTo(link));
    }
    if (meta.version() != null) {
      about.add(plain(meta.version()));
    }
    if (meta.lastModified() != null) {
      about.add(plain(meta.lastModified()));
    }
    return about;
  }

  private List<Bullet> bullets(List<Highlight> highlights) {
    return highlights.stream()
        .map(highlight -> new Bullet(inline(highlight.text()), bullets(highlight.highlights())))
        .toList();
  }

  private When when(DateRange range) {
    if (range.isEmpty()) {
      return null;
    }
    return new When(dates.format(range), range.start() == null ? null : stamp(range.start()),
        range.end() == null ? null : stamp(range.end()));
  }

  private When when(PartialDate date) {
    return new When(dates.format(date), stamp(date), null);
  }

  private When.Stamp stamp(PartialDate date) {
    return new When.Stamp(dates.format(date), date.toIso());
  }

  /** The text in this reading's language, or null for a text the author left out. */
  private Inline inline(Text text) {
    return text == null ? null : Inline.of(localized.text(text), localized.languageOf(text));
  }

  private List<Inline> inlines(List<Text> texts) {
    return texts.stream().map(this::inline).toList();
  }

  /** A value shown as written, in this reading's language. */
  private Inline plain(String value) {
    return Inline.plain(value, localized.language());
  }

  /** A project's photo by the name of its copy beside the page, else a safe URL. */
  private static String photo(String image) {
    return PhotoFiles.isProjectFile(image) ? PhotoFiles.copiedName(image) : safeLink(image);
  }

  private static String safeLink(String url) {
    return url != null && Links.isSafeUrl(url) ? url : null;
  }


  private static Object componentOrNull(Record entry, String name) {
    for (RecordComponent component : Components.of(entry.getClass())) {
      if (component.getName().equals(name)) {
        return Components.read(entry, component);
      }
    }
    return null;
  }

  private static boolean isTextList(RecordComponent component) {
    return component.getGenericType().getTypeName().equals("java.util.List<"
        + Text.class.getName() + ">");
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> castList(Object list) {
    return (List<T>) list;
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isEmpty()) {
        present.add(part);
      }
    }
    return present;
  }
}
