package org.commonground.shared.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

	record Row(long id, String label) {
	}

	private final List<Row> table = new ArrayList<>(List.of(new Row(1, "Miners"), new Row(2, "Buyers")));

	private final AtomicInteger loads = new AtomicInteger();

	private Instant now = Instant.parse("2026-12-04T10:00:00Z");

	private final ReferenceData<Row> rows = new ReferenceData<>(() -> {
		this.loads.incrementAndGet();
		return List.copyOf(this.table);
	}, Row::id, Duration.ofMinutes(1), new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return ReferenceDataTest.this.now;
		}

	});

	@Test
	void readsTheTableOnceUntilItIsOlderThanItsMaximumAge() {
		assertThat(this.rows.byId()).containsOnlyKeys(1L, 2L);
		assertThat(this.rows.get(1).label()).isEqualTo("Miners");
		this.now = this.now.plusSeconds(59);
		this.rows.byId();
		assertThat(this.loads).hasValue(1);
		this.table.set(0, new Row(1, "Artisanal miners"));
		this.now = this.now.plusSeconds(2);
		assertThat(this.rows.get(1).label()).as("an edit made elsewhere shows after the maximum age")
			.isEqualTo("Artisanal miners");
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aRowItHasNotSeenYetLoadsTheTableAgainOnce() {
		this.rows.byId();
		this.table.add(new Row(3, "Researchers"));
		assertThat(this.rows.get(3).label()).isEqualTo("Researchers");
		assertThat(this.rows.get(4)).isNull();
		assertThat(this.loads).as("one load, one for row 3, one for the unknown row 4").hasValue(3);
		assertThat(this.rows.get(3).label()).as("row 3 is known now").isEqualTo("Researchers");
		assertThat(this.loads).hasValue(3);
	}

	@Test
	void anEditOnThisInstanceRefreshesAtOnce() {
		this.rows.byId();
		this.table.set(1, new Row(2, "Gold buyers"));
		this.rows.refreshAfterCommit();
		assertThat(this.loads).hasValue(2);
		assertThat(this.rows.get(2).label()).isEqualTo("Gold buyers");
		assertThat(this.loads).as("the reader pays nothing").hasValue(2);
	}

}
