package org.arxivenrich.mirror;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OAI-PMH response ({@code ListRecords} or {@code GetRecord} in {@code arXivRaw}) with a
 * streaming parser that refuses DTDs and external entities (XML from the network). A record is
 * read into a {@link RawRecord} and then a paper; a record that cannot be (deleted, another
 * format, no valid ID) is skipped and counted, never fatal.
 */
final class OaiPageParser {
  private final XMLInputFactory factory = XMLInputFactory.newFactory();

  OaiPageParser() {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  /** The page in {@code in}; throws {@link IllegalArgumentException} if it is not OAI-PMH XML. */
  OaiPage parse(InputStream in) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return read(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("not OAI-PMH XML: " + e.getMessage(), e);
    }
  }

  private OaiPage read(XMLStreamReader xml) throws XMLStreamException {
    List<MirrorRecord> records = new ArrayList<>();
    Optional<String> token = Optional.empty();
    Optional<OaiPage.OaiError> error = Optional.empty();
    boolean root = false;
    int skipped = 0;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "OAI-PMH" -> root = true;
        case "error" -> error = Optional.of(new OaiPage.OaiError(
            attribute(xml, "code"), xml.getElementText().strip()));
        case "resumptionToken" -> token = Optional.of(xml.getElementText().strip())
            .filter(t -> !t.isEmpty());
        case "record" -> {
          Optional<MirrorRecord> r = RawRecord.read(xml).toRecord();
          r.ifPresent(records::add);
          skipped += r.isEmpty() ? 1 : 0;
        }
        default -> { }
      }
    }
    if (!root) {
      throw new IllegalArgumentException("not OAI-PMH XML: no <OAI-PMH> element");
    }
    return new OaiPage(records, token, error, skipped);
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  /** Every version's date in {@code arXivRaw}: RFC 1123 in GMT, one- or two-digit day. */
  static Instant versionDate(String text) {
    return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }

  /** A datestamp, {@code YYYY-MM-DD} (arXiv's granularity). */
  static Optional<LocalDate> datestamp(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
