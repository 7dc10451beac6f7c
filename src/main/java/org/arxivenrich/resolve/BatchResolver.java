package org.arxivenrich.resolve;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.Feed;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks arXiv about identifiers in batches of {@code id_list} and turns the answers into one
 * outcome per identifier. Entries are matched by the ID in {@code <id>}. An ID missing from an
 * answer (arXiv's flaky empty page, or a short one) is asked once more in a later batch before it
 * is declared not found. An {@code Error} feed poisons a whole batch, so the batch is split in
 * halves until the malformed ID stands alone. When {@code --max-wait} runs out, everything not yet
 * answered is unresolved; what was learned is handed to {@code learned} batch by batch.
 */
final class BatchResolver {
  private static final Logger log = LoggerFactory.getLogger(BatchResolver.class);

  private final ArxivClient client;
  private final PoliteCaller caller;
  private final int batchSize;
  private final Clock wallClock;

  BatchResolver(ArxivClient client, PoliteCaller caller, int batchSize, Clock wallClock) {
    this.client = client;
    this.caller = caller;
    this.batchSize = batchSize;
    this.wallClock = wallClock;
  }

  /** Resolves every ID in {@code ids}; calls {@code learned} with each batch's outcomes. */
  Map<ArxivId, Outcome> resolve(List<ArxivId> ids, Consumer<List<Outcome>> learned) {
    Map<ArxivId, Outcome> outcomes = new LinkedHashMap<>();
    Deque<List<ArxivId>> work = new ArrayDeque<>(partition(ids));
    List<ArxivId> askAgain = new ArrayList<>();
    Set<ArxivId> askedAgain = new HashSet<>();
    while (!work.isEmpty() || !askAgain.isEmpty()) {
      if (work.isEmpty()) {
        askedAgain.addAll(askAgain);
        work.addAll(partition(askAgain));
        askAgain.clear();
      }
      List<ArxivId> batch = work.poll();
      List<Outcome> answered = new ArrayList<>();
      try {
        Feed feed = caller.call(() -> client.fetch(batch, batchSize));
        answered.addAll(match(batch, feed, askedAgain, askAgain));
      } catch (ArxivApiException e) {
        answered.addAll(failed(batch, e, work));
      } catch (OutOfTimeException e) {
        answered.addAll(unresolved(batch, e.getMessage()));
        work.forEach(rest -> answered.addAll(unresolved(rest, e.getMessage())));
        answered.addAll(unresolved(askAgain, e.getMessage()));
        work.clear();
        askAgain.clear();
      }
      answered.forEach(o -> outcomes.put(o.id(), o));
      learned.accept(answered);
    }
    return outcomes;
  }

  private List<Outcome> match(List<ArxivId> batch, Feed feed, Set<ArxivId> askedAgain,
      List<ArxivId> askAgain) {
    Map<ArxivId, Paper> byId = new LinkedHashMap<>();
    feed.papers().forEach(p -> byId.putIfAbsent(p.id(), p));
    List<Outcome> answered = new ArrayList<>();
    for (ArxivId id : batch) {
      Paper paper = byId.get(id);
      if (paper != null) {
        answered.add(new Outcome.Found(paper, wallClock.instant()));
      } else if (askedAgain.contains(id)) {
        answered.add(new Outcome.NotFound(id));
      } else {
        askAgain.add(id);
      }
    }
    long missing = batch.stream().filter(id -> !byId.containsKey(id)).count();
    if (missing > 0) {
      log.info("{} of {} IDs missing from an answer", missing, batch.size());
    }
    return answered;
  }

  private List<Outcome> failed(List<ArxivId> batch, ArxivApiException e,
      Deque<List<ArxivId>> work) {
    if (e.failure() != ArxivApiException.Failure.REJECTED) {
      log.warn("giving up on a batch of {}: {}", batch.size(), e.getMessage());
      return unresolved(batch, e.getMessage());
    }
    if (batch.size() == 1) {
      return List.of(new Outcome.Invalid(batch.get(0), e.getMessage()));
    }
    int half = batch.size() / 2;
    work.addFirst(List.copyOf(batch.subList(half, batch.size())));
    work.addFirst(List.copyOf(batch.subList(0, half)));
    return List.of();
  }

  private static List<Outcome> unresolved(List<ArxivId> ids, String reason) {
    return ids.stream().<Outcome>map(id -> new Outcome.Unresolved(id, reason)).toList();
  }

  private List<List<ArxivId>> partition(List<ArxivId> ids) {
    List<List<ArxivId>> batches = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += batchSize) {
      batches.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + batchSize))));
    }
    return batches;
  }
}
