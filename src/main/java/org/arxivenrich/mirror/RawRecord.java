package org.arxivenrich.mirror;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/**
 * One OAI-PMH {@code <record>} as read: its header and, for {@code arXivRaw}, the fields the
 * mirror keeps. A withdrawn paper is an ordinary record (its last version has size 0 and source
 * type {@code I}; the comments say why), so it is kept like any other.
 */
final class RawRecord {
  private final Map<String, String> fields = new HashMap<>();
  private final List<String> versionDates = new ArrayList<>();
  private boolean deleted;
  private boolean raw;

  private RawRecord() {}

  /** Reads the {@code <record>} the reader is at, up to its end tag. */
  static RawRecord read(XMLStreamReader xml) throws XMLStreamException {
    RawRecord r = new RawRecord();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        depth += r.element(xml) ? 0 : 1;
      }
    }
    return r;
  }

  /** Takes in one element; true when it was read whole (its end tag consumed). */
  private boolean element(XMLStreamReader xml) throws XMLStreamException {
    String name = xml.getLocalName();
    switch (name) {
      case "header" -> deleted = "deleted".equals(xml.getAttributeValue(null, "status"));
      case "arXivRaw" -> raw = true;
      case "identifier", "datestamp" -> fields.putIfAbsent(name, xml.getElementText());
      default -> {
        return raw && rawField(xml, name);
      }
    }
    return !name.equals("header") && !name.equals("arXivRaw");
  }

  /** Reads an arXivRaw field the mirror keeps; false for any other element (not consumed). */
  private boolean rawField(XMLStreamReader xml, String name) throws XMLStreamException {
    switch (name) {
      case "date" -> versionDates.add(xml.getElementText());
      case "id", "title", "authors", "categories", "comments", "journal-ref", "doi" ->
          fields.putIfAbsent(name, xml.getElementText());
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The paper and datestamp; empty for a deleted record, another format or a broken one. */
  Optional<MirrorRecord> toRecord() {
    Optional<LocalDate> datestamp = OaiPageParser.datestamp(fields.getOrDefault("datestamp", ""));
    Optional<ArxivId> id = ArxivId.tryParse(text("id").orElse(""));
    if (deleted || !raw || datestamp.isEmpty() || id.isEmpty() || versionDates.isEmpty()
        || text("title").isEmpty()) {
      return Optional.empty();
    }
    List<Instant> dates = new ArrayList<>();
    try {
      versionDates.forEach(d -> dates.add(OaiPageParser.versionDate(d)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.of(new MirrorRecord(paper(id.get(), dates), datestamp.get()));
  }

  private Paper paper(ArxivId id, List<Instant> dates) {
    List<String> categories = List.of(text("categories").orElse("").split(" ")).stream()
        .filter(c -> !c.isEmpty()).toList();
    int version = dates.size();
    String versioned = id.value() + "v" + version;
    return new Paper(id, version, text("title").orElseThrow(), "", authors(), dates.get(0),
        dates.get(version - 1), categories.isEmpty() ? "" : categories.get(0), categories,
        text("comments"), text("journal-ref"), text("doi"), "https://arxiv.org/abs/" + versioned,
        "https://arxiv.org/pdf/" + versioned, dates);
  }

  /** arXivRaw's one author string, split at commas and "and"; affiliations in () dropped. */
  private List<Paper.Author> authors() {
    String all = text("authors").orElse("").replaceAll("\\([^()]*\\)", " ");
    List<Paper.Author> authors = new ArrayList<>();
    for (String name : all.split(",|\\band\\b")) {
      String n = name.strip().replaceAll("\\s+", " ");
      if (!n.isEmpty()) {
        authors.add(new Paper.Author(n, List.of()));
      }
    }
    return authors;
  }

  private Optional<String> text(String field) {
    String value = fields.get(field);
    String collapsed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }
}
