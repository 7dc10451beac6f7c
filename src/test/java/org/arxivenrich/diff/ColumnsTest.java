package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The column contract between the dataset writer and the differ: every column the differ reads is
 * one the published schema requires (the writer checks each file against that schema before it
 * publishes), and the verdict the differ looks for is one the schema allows.
 */
class ColumnsTest {
  private static JsonNode schema(String name) throws IOException {
    try (InputStream in = ColumnsTest.class.getResourceAsStream("/schema/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> missing(Columns columns, String schema) throws IOException {
    Set<String> missing = new TreeSet<>(columns.read());
    schema(schema).path("items").path("required").forEach(c -> missing.remove(c.asText()));
    return missing;
  }

  @Test
  void mentionColumnsRead_areAllRequiredByTheMentionsSchema() throws IOException {
    assertEquals(Set.of(), missing(Columns.MENTIONS, "mentions.schema.json"));
  }

  @Test
  void paperColumnsRead_areAllRequiredByThePapersSchema() throws IOException {
    assertEquals(Set.of(), missing(Columns.PAPERS, "papers.schema.json"));
  }

  @Test
  void mismatch_isAVerdictTheMentionsSchemaAllows() throws IOException {
    JsonNode properties = schema("mentions.schema.json").path("items").path("properties");
    for (String verdict : new String[] {"title_verdict", "date_verdict"}) {
      Set<String> allowed = new TreeSet<>();
      properties.path(verdict).path("enum").forEach(v -> allowed.add(v.asText()));
      assertTrue(allowed.contains(Columns.MISMATCH), verdict + " allows " + allowed);
    }
  }

  @Test
  void get_ofAColumnNotDeclared_throwsSoTheContractStaysListed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Columns.PAPERS.get(Map.of("line", "3"), "line"));
    assertTrue(e.getMessage().contains("line is not declared as read from papers"),
        e.getMessage());
  }

  @Test
  void get_ofADeclaredColumnAbsentFromTheRow_readsEmpty() {
    assertEquals("", Columns.MENTIONS.get(Map.of(), "claimed_date"));
    assertEquals(7, Columns.PAPERS.number(Map.of("latest_version", "v7"), "latest_version", 0));
  }
}
