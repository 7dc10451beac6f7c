package org.arxivenrich.mirror;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/**
 * Reads one line of arXiv's bulk metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}, JSON
 * Lines: {@code id}, {@code title}, {@code authors}, {@code authors_parsed}, {@code abstract},
 * {@code categories}, {@code comments}, {@code journal-ref}, {@code doi}, {@code versions} with
 * each version's {@code created} date) into a {@link Paper} that knows every version's date.
 * Stateless and thread-safe, so the mirror import and the Spark executors share it.
 */
public final class SnapshotLine {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotLine() {}

  /** The paper a snapshot line describes; throws naming what is wrong with a bad line. */
  public static Paper parse(String line) {
    return paper(tree(line));
  }

  /**
   * The paper a snapshot line describes with its {@code update_date}, the OAI datestamp (the
   * last version's day when the line has none); throws naming what is wrong with a bad line.
   */
  public static MirrorRecord record(String line) {
    JsonNode node = tree(line);
    Paper paper = paper(node);
    LocalDate datestamp;
    try {
      datestamp = text(node, "update_date").map(LocalDate::parse)
          .orElse(paper.updated().atOffset(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(paper.id() + ": unreadable update_date", e);
    }
    return new MirrorRecord(paper, datestamp);
  }

  private static JsonNode tree(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return node;
  }

  /** The paper a snapshot line describes, or empty for a line that is not one. */
  public static Optional<Paper> tryParse(String line) {
    try {
      return Optional.of(parse(line));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Paper paper(JsonNode node) {
    ArxivId id = ArxivId.tryParse(text(node, "id").orElse(""))
        .orElseThrow(() -> new IllegalArgumentException("no valid id: " + node.get("id")));
    List<Instant> dates = versionDates(node.get("versions"), id);
    int version = dates.size();
    List<String> categories = List.of(text(node, "categories").orElse("").split("\\s+"))
        .stream().filter(c -> !c.isEmpty()).toList();
    String title = text(node, "title")
        .orElseThrow(() -> new IllegalArgumentException(id + ": no title"));
    String versioned = id.value() + "v" + version;
    return new Paper(id, version, title, text(node, "abstract").orElse(""), authors(node),
        dates.get(0), dates.get(version - 1), categories.isEmpty() ? "" : categories.get(0),
        categories, text(node, "comments"), text(node, "journal-ref"), text(node, "doi"),
        "https://arxiv.org/abs/" + versioned, "https://arxiv.org/pdf/" + versioned, dates);
  }

  /** Every version's submission date, v1 first; the snapshot writes them RFC 1123, in GMT. */
  private static List<Instant> versionDates(JsonNode versions, ArxivId id) {
    if (versions == null || !versions.isArray() || versions.isEmpty()) {
      throw new IllegalArgumentException(id + ": no versions");
    }
    List<Instant> dates = new ArrayList<>(versions.size());
    for (JsonNode v : versions) {
      String created = v.path("created").asText("");
      try {
        dates.add(ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(id + ": unreadable version date '" + created + "'", e);
      }
    }
    return dates;
  }

  /**
   * Authors as "Forenames Keyname Suffix" from {@code authors_parsed} (affiliations from its
   * fourth item on), else the {@code authors} string split at commas and "and".
   */
  private static List<Paper.Author> authors(JsonNode node) {
    JsonNode parsed = node.get("authors_parsed");
    List<Paper.Author> authors = new ArrayList<>();
    if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
      for (JsonNode a : parsed) {
        authors.add(author(a));
      }
      return authors;
    }
    for (String name : text(node, "authors").orElse("").split(",\\s*|\\s+and\\s+")) {
      if (!name.isBlank()) {
        authors.add(new Paper.Author(name.strip(), List.of()));
      }
    }
    return authors;
  }

  private static Paper.Author author(JsonNode parts) {
    String name = String.join(" ", List.of(part(parts, 1), part(parts, 0), part(parts, 2)))
        .strip().replaceAll("\\s+", " ");
    List<String> affiliations = new ArrayList<>();
    for (int i = 3; i < parts.size(); i++) {
      String affiliation = part(parts, i);
      if (!affiliation.isEmpty()) {
        affiliations.add(affiliation);
      }
    }
    return new Paper.Author(name, affiliations);
  }

  private static String part(JsonNode parts, int i) {
    return collapse(parts.path(i).asText(""));
  }

  /** A field's text with arXiv's hard line breaks collapsed; empty for null, missing or blank. */
  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    String text = collapse(value.asText());
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * {@code text} stripped, every run of whitespace one space; by hand rather than a regular
   * expression, since an import collapses three million abstracts.
   */
  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
