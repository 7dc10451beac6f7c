package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedMapperTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

  @Test
  void map_resultFinishedFirstOnAnotherThread_isStillHandedOnInItemOrder() throws Exception {
    CountDownLatch secondDone = new CountDownLatch(1);
    List<Integer> handed = new ArrayList<>();
    new OrderedMapper(2).map(ITEMS, item -> {
      if (item == 0) {
        await(secondDone); // the first item finishes only after the second has
      } else if (item == 1) {
        secondDone.countDown();
      }
      return item * 10;
    }, handed::add);
    assertEquals(ITEMS.stream().map(i -> i * 10).toList(), handed);
  }

  @Test
  void map_neverHasMoreThanTheWindowInFlight() throws Exception {
    OrderedMapper mapper = new OrderedMapper(3);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    mapper.map(ITEMS, item -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      return item;
    }, item -> inFlight.decrementAndGet());
    assertTrue(most.get() <= mapper.window(), "at most " + mapper.window() + ": " + most.get());
    assertEquals(0, inFlight.get());
  }

  @Test
  void map_taskFails_rethrowsItsException() {
    IllegalStateException failure = new IllegalStateException("bad article");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> new OrderedMapper(2).map(ITEMS, item -> {
          if (item == 7) {
            throw failure;
          }
          return item;
        }, item -> { }));
    assertSame(failure, thrown);
  }

  @Test
  void map_oneThread_runsEachTaskOnTheCallingThread() throws Exception {
    List<Thread> threads = new ArrayList<>();
    new OrderedMapper(1).map(ITEMS, item -> Thread.currentThread(), threads::add);
    assertEquals(ITEMS.size(), threads.size());
    assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()));
  }

  @Test
  void constructor_noThreads_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new OrderedMapper(0));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the second item never ran");
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
