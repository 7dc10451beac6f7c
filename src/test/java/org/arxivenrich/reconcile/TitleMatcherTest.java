package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Form;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.TitleCandidate;
import org.junit.jupiter.api.Test;

/** Title candidates become mentions only under the suggestion rule (issue #11). */
class TitleMatcherTest {
  private final List<String> asked = new ArrayList<>();
  private final TitleSearch seeds = title -> {
    asked.add(title);
    return SeedPapers.search().search(title);
  };

  private static TitleCandidate candidate(String phrase) {
    return new TitleCandidate("a.md", 3, 7, phrase, "book",
        Optional.of(SeedPapers.claimedDate("2017-06")), Optional.of("sentence"), List.of());
  }

  private TitleMatcher.Matched match(String... phrases) {
    return new TitleMatcher(seeds).match(List.of(phrases).stream()
        .map(TitleMatcherTest::candidate).toList());
  }

  @Test
  void match_sameTitle_isAResolvableTitleMentionWithItsClaims() {
    Mention m = match("Attention is all you need").mentions().get(0);
    assertEquals("1706.03762", m.arxivId().orElseThrow().value());
    assertEquals(Form.TITLE, m.form());
    assertEquals(Mention.Kind.ARXIV, m.kind());
    assertEquals(Optional.empty(), m.url());
    assertEquals(Optional.of("Attention is all you need"), m.claimedTitle());
    assertEquals("2017-06", m.claimedDate().orElseThrow().iso());
    assertEquals(3, m.line());
    assertEquals(7, m.column());
    assertEquals(Optional.of("title=book; date=sentence"), m.claimSource());
  }

  @Test
  void match_paperAnotherMentionOfTheUnitNames_isNotRepeated() {
    TitleCandidate linkedNearby = new TitleCandidate("a.md", 3, 7, "Attention Is All You Need",
        "book", Optional.empty(), Optional.empty(), List.of(ArxivId.parse("1706.03762")));
    assertEquals(List.of(), new TitleMatcher(seeds).match(List.of(linkedNearby)).mentions());
  }

  @Test
  void match_shortNamesAndProducts_neverSearchedNeverMentions() {
    TitleMatcher.Matched matched = match("GPT-4", "DPO", "Segment Anything", "Imagen 3",
        "Consistency Models", "深度学习与强化学习");
    assertEquals(List.of(), matched.mentions());
    assertEquals(List.of(), asked);
    assertEquals(0, matched.skipped());
  }

  @Test
  void match_titleThatNamesNoPaperOrTwo_isNoMention() {
    // "Language Models" alone is short; a longer phrase that several seed titles share is no one's
    assertEquals(List.of(), match("Scaling Language Models with Pathways and Mixture-of-Experts",
        "Reinforcement Learning: An Introduction").mentions());
  }

  @Test
  void match_sameTitleTwice_searchedOnceMentionedTwice() {
    assertEquals(2, match("Let's Verify Step by Step", "Let’s Verify Step by Step").mentions()
        .size());
    assertEquals(1, asked.size());
  }

  @Test
  void match_searchNotMade_countedSkippedNotGuessed() {
    TitleSearch failing = title -> {
      throw new IllegalStateException("title search budget spent");
    };
    TitleMatcher.Matched matched = new TitleMatcher(failing)
        .match(List.of(candidate("Attention Is All You Need"), candidate("GPT-4")));
    assertEquals(List.of(), matched.mentions());
    assertEquals(1, matched.skipped());
  }
}
