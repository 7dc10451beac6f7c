package org.arxivenrich.resolve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
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
  /** arXiv answers 414 to URLs near 8 kB; 500 old-style IDs would pass that, so cap the list. */
  static final int MAX_ID_LIST_CHARS = 4000;

  private final ArxivClient client;
  private final PoliteCaller caller;
  private final int batchSize;
  private final Clock wallClock;
  private final LongAdder skipped = new LongAdder();

  BatchResolver(ArxivClient client, PoliteCaller caller, int batchSize, Clock wallClock) {
    this.client = client;
    this.caller = caller;
    this.batchSize = batchSize;
    this.wallClock = wallClock;
  }

  /** Resolves every ID in {@code ids}; calls {@code learned} with each batch's outcomes. */
  Map<ArxivId, Outcome> resolve(List<ArxivId> ids, Consumer<List<Outcome>> learned) {
    Map<ArxivId, Outcome> outcomes = new LinkedHashMap<>();
    BatchQueue queue = new BatchQueue(ids, this::partition);
    for (List<ArxivId> batch = queue.next(); batch != null; batch = queue.next()) {
      List<Outcome> answered = ask(batch, queue);
      answered.forEach(o -> outcomes.put(o.id(), o));
      learned.accept(answered);
    }
    return outcomes;
  }

  /** ID batches not asked, or asked without an answer, so far (issue #9). */
  long skipped() {
    return skipped.sum();
  }

  private List<Outcome> ask(List<ArxivId> batch, BatchQueue queue) {
    try {
      return match(batch, caller.call(() -> client.fetch(batch, batchSize)), queue);
    } catch (ArxivApiException e) {
      return failed(batch, e, queue);
    } catch (StopAskingException e) {
      List<List<ArxivId>> rest = new ArrayList<>(List.of(batch));
      rest.addAll(queue.drain());
      skipped.add(rest.size());
      List<ArxivId> ids = rest.stream().flatMap(List::stream).toList();
      log.warn("{}: {} ID batches ({} IDs) not asked", e.getMessage(), rest.size(), ids.size());
      return unresolved(ids, e.getMessage() + "; asked first next run");
    }
  }

  private List<Outcome> match(List<ArxivId> batch, Feed feed, BatchQueue queue) {
    Map<ArxivId, Paper> byId = new HashMap<>();
    feed.papers().forEach(p -> byId.putIfAbsent(p.id(), p));
    List<Outcome> answered = new ArrayList<>();
    int missing = 0;
    for (ArxivId id : batch) {
      Paper paper = byId.get(id);
      if (paper != null) {
        answered.add(new Outcome.Found(paper, wallClock.instant()));
      } else {
        missing++;
        if (!queue.missing(id)) {
          answered.add(new Outcome.NotFound(id));
        }
      }
    }
    if (missing > 0) {
      log.info("{} of {} IDs missing from an answer", missing, batch.size());
    }
    return answered;
  }

  private List<Outcome> failed(List<ArxivId> batch, ArxivApiException e, BatchQueue queue) {
    if (e.failure() != ArxivApiException.Failure.REJECTED) {
      log.warn("giving up on a batch of {}: {}", batch.size(), e.getMessage());
      skipped.increment();
      return unresolved(batch, e.getMessage() + "; asked first next run");
    }
    if (batch.size() == 1) {
      return List.of(new Outcome.Invalid(batch.get(0), e.getMessage()));
    }
    queue.split(batch);
    return List.of();
  }

  private static List<Outcome> unresolved(List<ArxivId> ids, String reason) {
    return ids.stream().<Outcome>map(id -> new Outcome.Unresolved(id, reason)).toList();
  }

  /** Batches of at most {@code batchSize} IDs and {@link #MAX_ID_LIST_CHARS} characters. */
  List<List<ArxivId>> partition(List<ArxivId> ids) {
    List<List<ArxivId>> batches = new ArrayList<>();
    List<ArxivId> batch = new ArrayList<>();
    int chars = 0;
    for (ArxivId id : ids) {
      int more = id.value().length() + 1;
      if (batch.size() == batchSize || (!batch.isEmpty() && chars + more > MAX_ID_LIST_CHARS)) {
        batches.add(List.copyOf(batch));
        batch.clear();
        chars = 0;
      }
      batch.add(id);
      chars += more;
    }
    if (!batch.isEmpty()) {
      batches.add(List.copyOf(batch));
    }
    return batches;
  }
}
