package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.ClaimedDate;
import org.arxivenrich.mention.Form;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.resolve.Outcome;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private final List<String> searched = new ArrayList<>();
  private final TitleSearch recordingSearch = title -> {
    searched.add(title);
    return SeedPapers.search().search(title);
  };
  private final Reconciler reconciler = new Reconciler(recordingSearch);

  static Mention arxiv(String id, String title, ClaimedDate date) {
    return new Mention("a.txt", 1, 1, Mention.Kind.ARXIV, Optional.of(ArxivId.parse(id)), id,
        Optional.empty(), Form.PDF, "https://arxiv.org/pdf/" + id, Optional.empty(),
        Optional.ofNullable(title), Optional.ofNullable(date));
  }

  static Mention link(String url, String title) {
    return new Mention("a.txt", 2, 1, Mention.Kind.NOT_ARXIV, Optional.empty(), "",
        Optional.empty(), Form.LINK, url, Optional.of(url), Optional.ofNullable(title),
        Optional.empty());
  }

  private static Optional<Outcome> found(String id) {
    return Optional.of(new Outcome.Found(SeedPapers.get(id), Instant.EPOCH));
  }

  @Test
  void reconcile_gpt1ClaimLinkedToModelCards_flagsTitleAndDateWithoutGuessing() {
    Reconciliation r = reconciler.reconcile(arxiv("1810.03993",
        "Improving language understanding by generative pre-training",
        ClaimedDate.ofDay(2018, 6, 11, "2018/06/11")), found("1810.03993"));
    assertEquals(Verdict.MISMATCH, r.title().orElseThrow().verdict());
    assertEquals(Verdict.MISMATCH, r.date().orElseThrow().verdict());
    assertEquals(-116, r.date().orElseThrow().deltaDays().getAsLong());
    assertEquals(List.of("Improving language understanding by generative pre-training"), searched);
    assertTrue(r.suggestion().isEmpty(), "GPT-1 is not on arXiv: no hit is confident");
  }

  @Test
  void reconcile_wrongCitationNumber_suggestsThePaperTheTitleNames() {
    Reconciliation r = reconciler.reconcile(arxiv("2401.06066", "Back to Basics: Revisiting "
        + "REINFORCE Style Optimization for Learning from Human Feedback in LLMs", null),
        found("2401.06066"));
    assertEquals(Verdict.MISMATCH, r.title().orElseThrow().verdict());
    assertEquals(ArxivId.parse("2402.14740"), r.suggestion().orElseThrow().id());
    assertEquals(Verdict.NO_CLAIM, r.date().orElseThrow().verdict());
  }

  @Test
  void reconcile_revisedTitleOfAnotherPaper_suggestsItsCurrentId() {
    Reconciliation r = reconciler.reconcile(arxiv("2302.13971",
        "RLAIF: Scaling Reinforcement Learning from Human Feedback with AI Feedback", null),
        found("2302.13971"));
    assertEquals(ArxivId.parse("2309.00267"), r.suggestion().orElseThrow().id());
  }

  @Test
  void reconcile_genericTitleOnWrongLink_suggestsOnlyTheExactTitle() {
    Reconciliation r = reconciler.reconcile(arxiv("2306.11644", "Attention Is All You Need",
        null), found("2306.11644"));
    assertEquals(ArxivId.parse("1706.03762"), r.suggestion().orElseThrow().id());
  }

  @Test
  void reconcile_notArxivLinkWithTitle_looksItUp() {
    Reconciliation r = reconciler.reconcile(link("https://example.com/papers/react.pdf",
        "ReAct: Synergizing Reasoning and Acting in Language Models"), Optional.empty());
    assertEquals(ArxivId.parse("2210.03629"), r.suggestion().orElseThrow().id());
    assertTrue(r.title().isEmpty());
  }

  @Test
  void reconcile_shortNameOnNonArxivLink_isNeverLookedUp() {
    Reconciliation r = reconciler.reconcile(link("https://cdn.openai.com/papers/dall-e-3.pdf",
        "DALL-E 3"), Optional.empty());
    assertTrue(r.suggestion().isEmpty());
    assertTrue(searched.isEmpty());
  }

  @Test
  void reconcile_matchingClaims_triggerNoSearch() {
    Reconciliation r = reconciler.reconcile(arxiv("1706.03762", "Attention is all you need",
        ClaimedDate.ofDay(2017, 6, 12, "2017/06/12")), found("1706.03762"));
    assertEquals(Verdict.MATCH, r.title().orElseThrow().verdict());
    assertEquals(Verdict.MATCH, r.date().orElseThrow().verdict());
    assertTrue(searched.isEmpty());
    assertTrue(!r.hasMismatch());
  }

  @Test
  void reconcile_unknownIdWithTitle_suggestsButUnresolvedIdIsLeftAlone() {
    ArxivId typo = ArxivId.parse("1707.06348");
    Reconciliation notFound = reconciler.reconcile(arxiv("1707.06348",
        "Proximal Policy Optimization Algorithms", null), Optional.of(new Outcome.NotFound(typo)));
    assertEquals(ArxivId.parse("1707.06347"), notFound.suggestion().orElseThrow().id());
    searched.clear();
    Reconciliation unresolved = new Reconciler(recordingSearch).reconcile(arxiv("1707.06348",
        "Proximal Policy Optimization Algorithms", null),
        Optional.of(new Outcome.Unresolved(typo, "timeout")));
    assertTrue(unresolved.suggestion().isEmpty());
    assertTrue(searched.isEmpty(), "an unresolved ID may be right: no lookup");
  }

  @Test
  void reconcile_searchFails_keepsTheRowAndSaysWhy() {
    Reconciler failing = new Reconciler(title -> {
      throw new IllegalStateException("API unreachable");
    });
    Reconciliation r = failing.reconcile(link("https://example.com/x.pdf",
        "ReAct: Synergizing Reasoning and Acting in Language Models"), Optional.empty());
    assertTrue(r.reason().contains("title search failed: API unreachable"), r.reason());
  }

  @Test
  void reconcile_sameTitleTwice_searchesOnce() {
    Mention m = link("https://example.com/x.pdf", "Proximal Policy Optimization Algorithms");
    reconciler.reconcile(m, Optional.empty());
    reconciler.reconcile(m, Optional.empty());
    assertEquals(1, searched.size());
  }

  @Test
  void reconcileAll_unresolvedAndMissingOutcomes_keepEveryMentionWithoutVerdicts() {
    ArxivId id = ArxivId.parse("2303.08774");
    List<Reconciliation> rows = reconciler.reconcile(
        List.of(arxiv("2303.08774", "GPT-4", null), arxiv("1706.03762", null, null)),
        Map.of(id, new Outcome.Unresolved(id, "API down")));
    assertEquals(2, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.title().isEmpty() && r.date().isEmpty()));
    assertTrue(rows.stream().allMatch(r -> r.reason().startsWith("unresolved:")), "" + rows);
  }

  @Test
  void seedSearch_returnsLooseHits_soConfidenceIsTheSuggestersJob() {
    List<Paper> hits = SeedPapers.search().search("Attention Is All You Need");
    assertTrue(hits.size() > 1, "the fake must offer rivals for the test to mean anything");
  }
}
