package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffReportTest {
  private final DiffReport report = new DiffReport();

  private static Diff fixtureDiff() throws Exception {
    DatasetReader reader = new DatasetReader();
    return new Differ().compare(reader.read(DifferTest.fixture("before")),
        reader.read(DifferTest.fixture("after")), "20261122T020000Z");
  }

  @Test
  void markdown_putsCorrectedDatesBeforeEveryOtherChange() throws Exception {
    String md = report.markdown(fixtureDiff());
    int dates = md.indexOf("## Corrected dates: 2 (1 new)");
    assertTrue(dates > 0, md);
    for (String later : List.of("## Mentions appeared: 2", "## Papers disappeared: 1",
        "## Changed at arXiv: 5", "## Verdicts changed: 2")) {
      assertTrue(md.indexOf(later) > dates, later + "\n" + md);
    }
    assertTrue(md.startsWith("# Changes since 20261122T020000Z"), md);
    assertTrue(md.contains("| new | new.md | 1 | 2401.04088 | 2023-12 | 2024-01-08 | -8 |"), md);
  }

  @Test
  void markdown_firstRun_saysSo() throws Exception {
    Diff first = new Differ().firstRun(new DatasetReader().read(DifferTest.fixture("after")));
    String md = report.markdown(first);
    assertTrue(md.startsWith("# First run"), md);
    assertTrue(!md.contains("## Mentions appeared"), md);
  }

  @Test
  void markdown_pipeInACell_cannotBreakTheTable() {
    Map<String, String> row = Map.of("article", "a|b.md", "line", "1", "arxiv_id", "2401.00001",
        "claimed_date", "2020", "date_verdict", "mismatch");
    String md = report.markdown(new Differ().firstRun(new Dataset(List.of(row), List.of())));
    assertTrue(md.contains("| a\\|b.md |"), md);
  }

  @Test
  void writeJson_usesSnakeCaseAndMarksTheFirstRun(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(DiffReport.JSON);
    report.writeJson(fixtureDiff(), file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertEquals("20261122T020000Z", json.get("previous").asText());
    assertEquals(false, json.get("first_run").asBoolean());
    assertEquals("known", json.get("corrected_dates").get(1).get("mark").asText());
    assertEquals("2023-05-23", json.get("corrected_dates").get(1).get("published").asText());
    assertEquals(5, json.get("source_changes").size());
  }

  @Test
  void schema_acceptsTheDiffsTheDifferMakes() throws Exception {
    DiffSchema schema = new DiffSchema();
    ObjectMapper mapper = new ObjectMapper();
    for (Diff d : List.of(fixtureDiff(), new Differ().firstRun(
        new DatasetReader().read(DifferTest.fixture("before"))))) {
      Path file = Files.createTempFile("diff", ".json");
      report.writeJson(d, file);
      assertEquals(List.of(), schema.problems(mapper.readTree(file.toFile())));
      Files.delete(file);
    }
  }

  @Test
  void schema_rejectsAnUnknownMarkAndAMissingList() throws Exception {
    Path file = Files.createTempFile("diff", ".json");
    report.writeJson(fixtureDiff(), file);
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(file.toFile());
    Files.delete(file);
    ((ObjectNode) json.get("corrected_dates").get(0)).put("mark", "maybe");
    json.remove("fixed_dates");
    List<String> problems = new DiffSchema().problems(json);
    assertEquals(2, problems.size(), problems::toString);
  }
}
