package dev.vitae.importer;

import static dev.vitae.dsl.Translations.de;
import static dev.vitae.dsl.Translations.in;
import static dev.vitae.dsl.Translations.zhHans;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;

/**
 * What of the extension the shared {@link dev.vitae.generators.json.ExtensionCv} does not
 * need, and the importer writes calls for: a language without a translation helper of its own
 * (Dutch, {@code in("nl", ...)}) that falls back to another fallback language, label
 * overrides, a table with translated cells, and sections in an order of the author's (a custom
 * section first). Kept small: every value of its document is also replaced by every kind of
 * value in {@link MalformedDocumentsTest}.
 */
final class LanguagesAndOrderCv {

  private LanguagesAndOrderCv() {}

  static Resume create() {
    return Vitae.cv("en", "zh-Hans", "de", "nl")
        .fallback("zh-Hans", "en")
        .fallback("de", "en")
        .fallback("nl", "de")
        .label("de", Label.WORK, "Berufserfahrung")
        .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.M")
        .basics(b -> b
            .name("Jane Doe", zhHans("简·多伊"))
            .label("Systems Engineer", zhHans("系统工程师"), de("Systemingenieurin"),
                in("nl", "Systeemingenieur")))
        .section("Reading", s -> s
            .columns(Vitae.text("Type", zhHans("类型")), Text.of("Author"))
            .row(Text.of("Infra"), Vitae.text("Chris", de("Christoph")))
            .row("AI", "Chip"))
        .work(w -> w.name("Tencent", zhHans("腾讯")).start(2021, 2).ongoing())
        .build();
  }
}
