package org.arxivenrich.mirror;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/**
 * How a paper is kept in the mirror's {@code papers} table: only what the dataset publishes, in
 * plain columns (the abstract and affiliations are left out, which keeps 3 million papers near
 * 1 GB). The URLs are arXiv's, rebuilt from the ID and the latest version.
 */
final class PaperRow {
  /** The columns after {@code rowid}, in the order {@link #bind} sets them. */
  static final String COLUMNS =
      "id, title, authors, categories, comment, journal_ref, doi, versions, datestamp";

  private PaperRow() {}

  /** Binds {@code r} to parameters 1..9 of {@code s}, in {@link #COLUMNS} order. */
  static void bind(PreparedStatement s, MirrorRecord r) throws SQLException {
    Paper p = r.paper();
    s.setString(1, p.id().value());
    s.setString(2, p.title());
    s.setString(3, String.join("\n", p.authors().stream().map(Paper.Author::name).toList()));
    s.setString(4, String.join(" ", p.categories()));
    s.setString(5, p.comment().orElse(null));
    s.setString(6, p.journalRef().orElse(null));
    s.setString(7, p.doi().orElse(null));
    s.setString(8, versions(p));
    s.setString(9, r.datestamp().toString());
  }

  private static String versions(Paper p) {
    List<Instant> dates = p.versionDates().isEmpty() ? List.of(p.published()) : p.versionDates();
    StringBuilder text = new StringBuilder();
    for (Instant d : dates) {
      text.append(text.length() == 0 ? "" : " ").append(d.getEpochSecond());
    }
    return text.toString();
  }

  /** The paper in the current row of {@code r}, which selected {@link #COLUMNS}. */
  static Paper read(ResultSet r) throws SQLException {
    ArxivId id = ArxivId.parse(r.getString("id"));
    List<Instant> dates = Arrays.stream(r.getString("versions").split(" "))
        .map(s -> Instant.ofEpochSecond(Long.parseLong(s))).toList();
    List<String> categories = Arrays.stream(r.getString("categories").split(" "))
        .filter(c -> !c.isEmpty()).toList();
    List<Paper.Author> authors = new ArrayList<>();
    for (String name : r.getString("authors").split("\n")) {
      if (!name.isEmpty()) {
        authors.add(new Paper.Author(name, List.of()));
      }
    }
    int version = dates.size();
    String versioned = id.value() + "v" + version;
    return new Paper(id, version, r.getString("title"), "", authors, dates.get(0),
        dates.get(version - 1), categories.isEmpty() ? "" : categories.get(0), categories,
        optional(r, "comment"), optional(r, "journal_ref"), optional(r, "doi"),
        "https://arxiv.org/abs/" + versioned, "https://arxiv.org/pdf/" + versioned, dates);
  }

  private static Optional<String> optional(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }
}
