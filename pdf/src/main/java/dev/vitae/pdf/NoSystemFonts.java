package dev.vitae.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, for the standard fonts it names but never draws with here (openhtmltopdf
 * creates Helvetica and ZapfDingbats for forms). Its default scans every font of the system
 * (seconds) and writes a cache into the home folder; this one answers with Vitae Sans.
 */
final class NoSystemFonts implements FontMapper {

  private final FontFace standIn;

  NoSystemFonts(FontFace standIn) {
    this.standIn = standIn;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont,
      PDFontDescriptor descriptor) {
    return new FontMapping<>(standIn.font(), true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(standIn.font(), true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor,
      PDCIDSystemInfo systemInfo) {
    return new CIDFontMapping(null, standIn.font(), true);
  }
}
