package org.arxivenrich.arxiv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an arXiv Atom feed from untrusted bytes. A document type declaration is refused outright
 * and external entities are never resolved (OWASP XXE prevention), so a hostile or broken proxy
 * cannot make us read local files or fetch URLs.
 */
final class FeedParser {
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private final XMLInputFactory inputs;
  private final XmlMapper mapper;
  private final PaperConverter converter = new PaperConverter();

  FeedParser() {
    inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    mapper = new XmlMapper(new XmlFactory(inputs));
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Parses {@code body}; throws {@link FeedException} when it is not a well-formed Atom feed. */
  Feed parse(InputStream body) throws FeedException {
    try {
      XMLStreamReader reader = inputs.createXMLStreamReader(body);
      try {
        moveToRoot(reader);
        return toFeed(mapper.readValue(reader, AtomXml.Feed.class));
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | IOException | RuntimeException e) {
      throw new FeedException("not a readable Atom feed: " + e.getMessage(), e);
    }
  }

  /** Advances to the root element, refusing a DTD and any root other than Atom's feed. */
  private static void moveToRoot(XMLStreamReader reader) throws XMLStreamException, FeedException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new FeedException("document type declarations are refused", null);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!"feed".equals(reader.getLocalName()) || !ATOM_NS.equals(reader.getNamespaceURI())) {
          throw new FeedException("root element is <" + reader.getLocalName() + ">, not an "
              + "Atom <feed>", null);
        }
        return;
      }
    }
    throw new FeedException("empty document", null);
  }

  private Feed toFeed(AtomXml.Feed xml) {
    List<Paper> papers = new ArrayList<>();
    Optional<String> error = Optional.empty();
    for (AtomXml.Entry entry : xml.entries == null ? List.<AtomXml.Entry>of() : xml.entries) {
      if (PaperConverter.isError(entry)) {
        error = Optional.of(PaperConverter.collapse(entry.summary));
        continue;
      }
      converter.convert(entry).ifPresent(papers::add);
    }
    return new Feed(papers, error);
  }

  /** The body could not be read as an Atom feed. */
  static final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    FeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
