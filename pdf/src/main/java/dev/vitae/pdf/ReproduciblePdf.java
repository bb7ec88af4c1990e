package dev.vitae.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The document's description, set from the page and from nothing else: title, author and
 * language in the information dictionary and in XMP (with the PDF/UA mark), no dates, and a
 * file identifier that is a digest of the page. So the same page gives the same bytes.
 */
final class ReproduciblePdf {

  static final String PRODUCER = "Vitae";
  private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

  private ReproduciblePdf() {}

  static byte[] finish(PDDocument document, Document page) throws IOException {
    String title = page.title().strip();
    String author = author(page, title);
    String language = page.selectFirst("html") == null ? ""
        : page.selectFirst("html").attr("lang");

    PDDocumentInformation information = new PDDocumentInformation();
    information.setTitle(title);
    information.setAuthor(author);
    information.setProducer(PRODUCER);
    document.setDocumentInformation(information);

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    if (!language.isEmpty()) {
      catalog.setLanguage(language);
    }
    PDViewerPreferences preferences = catalog.getViewerPreferences() == null
        ? new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary())
        : catalog.getViewerPreferences();
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    catalog.setMetadata(xmp(document, title, author, language));

    byte[] digest = digest(page.outerHtml());
    COSArray id = new COSArray();
    id.add(new COSString(digest));
    id.add(new COSString(digest));
    document.getDocument().getTrailer().setItem(COSName.ID, id);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** The page's {@code <meta name="author">}, else its first heading, else its title. */
  private static String author(Document page, String title) {
    Element meta = page.selectFirst("meta[name=author]");
    if (meta != null && !meta.attr("content").isBlank()) {
      return meta.attr("content").strip();
    }
    Element heading = page.selectFirst("h1");
    return heading != null && !heading.text().isBlank() ? heading.text().strip() : title;
  }

  private static PDMetadata xmp(PDDocument document, String title, String author,
      String language) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
    dublinCore.setTitle(title);
    dublinCore.addCreator(author);
    if (!language.isEmpty()) {
      dublinCore.addLanguage(language);
    }
    dublinCore.setFormat("application/pdf");
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    XMPSchema pdfUa = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
    pdfUa.addProperty(xmp.getTypeMapping().createInteger(PDFUA_NAMESPACE, "pdfuaid", "part", 1));
    xmp.addSchema(pdfUa);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (TransformerException unexpected) {
      throw new IOException(unexpected);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    return metadata;
  }

  private static byte[] digest(String content) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
