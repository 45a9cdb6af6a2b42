package org.nadiya.flow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void theFastPathAgreesWithInstantParse() {
        var random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L));
            if (t.atZone(ZoneOffset.UTC).getYear() < 1000) {
                continue;
            }
            assertThat(Timestamps.iso(t.toString(), ZoneOffset.UTC)).isEqualTo(t);
        }
    }

    @Test
    void impossibleDatesFallBackToTheFullParserAndItsError() {
        assertThat(Timestamps.utcSeconds("2026-02-30T10:00:00Z")).isEqualTo(Long.MIN_VALUE);
        assertThat(Timestamps.utcSeconds("2026-13-01T10:00:00Z")).isEqualTo(Long.MIN_VALUE);
        assertThat(Timestamps.utcSeconds("2026-01-01T24:00:00Z")).isEqualTo(Long.MIN_VALUE);
        assertThat(Timestamps.utcSeconds("2026-01-01 10:00:00Z")).isEqualTo(Long.MIN_VALUE);
        assertThat(Timestamps.utcSeconds("2024-02-29T23:59:59Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond());
    }
}
