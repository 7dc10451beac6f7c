package org.arxivenrich.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.ClaimedDate;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.resolve.Outcome;

/**
 * Writes {@code mentions.csv} and {@code mentions.json}: one row per mention, sorted by article then
 * position. WALKING SKELETON for issue #2's columns; issue #4 adds the reconciled ones and schemas.
 */
public final class MentionTable {
  static final List<String> COLUMNS = List.of("article", "line", "column", "arxiv_id", "version",
      "form", "matched_text", "url", "claimed_title", "claimed_date", "claimed_date_text", "status");

  private static final Comparator<Mention> ORDER = Comparator.comparing(Mention::article)
      .thenComparingInt(Mention::line).thenComparingInt(Mention::column);

  /** Stages both files in {@code publisher}. */
  public void write(List<Mention> mentions, Map<ArxivId, Outcome> outcomes, Publisher publisher)
      throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    mentions.stream().sorted(ORDER).forEach(m -> rows.add(row(m, outcomes)));
    try (Writer w = Files.newBufferedWriter(publisher.stage("mentions.csv"), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new)).get())) {
      for (Map<String, String> row : rows) {
        csv.printRecord(row.values());
      }
    }
    Path json = publisher.stage("mentions.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), rows);
  }

  private static Map<String, String> row(Mention m, Map<ArxivId, Outcome> outcomes) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("article", m.article());
    r.put("line", Integer.toString(m.line()));
    r.put("column", Integer.toString(m.column()));
    r.put("arxiv_id", m.arxivId().map(ArxivId::value).orElse(m.idText()));
    r.put("version", m.version().map(String::valueOf).orElse(""));
    r.put("form", m.form().label());
    r.put("matched_text", m.matchedText());
    r.put("url", m.url().orElse(""));
    r.put("claimed_title", m.claimedTitle().orElse(""));
    r.put("claimed_date", m.claimedDate().map(ClaimedDate::iso).orElse(""));
    r.put("claimed_date_text", m.claimedDate().map(ClaimedDate::text).orElse(""));
    r.put("status", status(m, outcomes));
    return r;
  }

  private static String status(Mention m, Map<ArxivId, Outcome> outcomes) {
    return switch (m.kind()) {
      case NOT_ARXIV -> "not_arxiv";
      case INVALID_ID -> "invalid_id";
      case ARXIV -> {
        Outcome o = outcomes.get(m.arxivId().orElseThrow());
        if (o instanceof Outcome.Found) {
          yield "resolved";
        } else if (o instanceof Outcome.NotFound) {
          yield "not_found";
        } else if (o instanceof Outcome.Invalid) {
          yield "invalid_id";
        }
        yield "unresolved";
      }
    };
  }
}
