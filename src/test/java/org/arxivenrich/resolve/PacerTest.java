package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacerTest {
  private final FakeTime time = new FakeTime();
  private final Pacer pacer = new Pacer(time, time, Duration.ofSeconds(3), Duration.ofMinutes(30));

  @Test
  void awaitTurn_firstRequest_startsAtOnce() throws Exception {
    pacer.awaitTurn();
    assertEquals(List.of(), time.sleeps);
  }

  @Test
  void awaitTurn_everyStart_isAtLeastTheIntervalAfterThePrevious() throws Exception {
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      pacer.awaitTurn();
      starts.add(time.nanos());
      time.advance(Duration.ofMillis(400 * i)); // the request itself takes some time
    }
    for (int i = 1; i < starts.size(); i++) {
      assertTrue(starts.get(i) - starts.get(i - 1) >= Duration.ofSeconds(3).toNanos(),
          "start " + i + " came " + (starts.get(i) - starts.get(i - 1)) + " ns after the last");
    }
  }

  @Test
  void awaitTurn_afterASlowRequest_waitsTheWholeIntervalFromItsEnd() throws Exception {
    pacer.awaitTurn();
    time.advance(Duration.ofSeconds(2)); // a slow connect and answer
    pacer.finished();
    pacer.awaitTurn();
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps);
  }

  @Test
  void awaitTurn_firstOfARun_waitsOutWhatIsLeftAfterAnotherProcess() throws Exception {
    FakeTime other = new FakeTime();
    List<Instant> ledger = new ArrayList<>();
    Pacer.Ledger shared = new Pacer.Ledger() {
      @Override
      public Optional<Instant> lastRequest() {
        return ledger.stream().reduce((a, b) -> b);
      }

      @Override
      public void requested(Instant at) {
        ledger.add(at);
      }
    };
    Pacer first = new Pacer(other, other, Duration.ofSeconds(3), Duration.ofMinutes(30), other,
        shared);
    first.awaitTurn();
    first.finished();
    FakeTime later = new FakeTime(other.instant().plusMillis(1400)); // its own monotonic clock
    new Pacer(later, later, Duration.ofSeconds(3), Duration.ofMinutes(30), later, shared)
        .awaitTurn();
    assertEquals(List.of(Duration.ofMillis(1600)), later.sleeps);
  }

  @Test
  void holdOff_longerThanTheInterval_delaysTheNextStart() throws Exception {
    pacer.awaitTurn();
    pacer.holdOff(Duration.ofSeconds(60));
    pacer.awaitTurn();
    assertEquals(Duration.ofSeconds(60), time.slept());
  }

  @Test
  void awaitTurn_pastTheDeadline_failsWithoutWaiting() throws Exception {
    Pacer short_ = new Pacer(time, time, Duration.ofSeconds(3), Duration.ofSeconds(10));
    short_.awaitTurn();
    short_.holdOff(Duration.ofSeconds(30));
    assertThrows(StopAskingException.class, short_::awaitTurn);
    assertEquals(Duration.ZERO, time.slept());
  }
}
