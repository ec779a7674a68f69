package org.commonground.shared.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small table that admins edit rarely and every page reads (stakeholder groups,
 * themes), kept in memory by id so that showing its labels costs no statement. Loaded on
 * first use, again after {@code maxAge} (so that an edit made on another instance shows
 * within that time) and as soon as an edit on this one commits
 * ({@link #refreshAfterCommit()}).
 *
 * @param <T> the rows, detached from any persistence context and only read
 */
public final class ReferenceData<T> {

	private final Supplier<? extends Iterable<T>> loader;

	private final Function<T, Long> id;

	private final Duration maxAge;

	private final Clock clock;

	private volatile Snapshot<T> snapshot;

	public ReferenceData(Supplier<? extends Iterable<T>> loader, Function<T, Long> id, Duration maxAge, Clock clock) {
		this.loader = loader;
		this.id = id;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Every row by id, as loaded at most {@code maxAge} ago. */
	public Map<Long, T> byId() {
		Snapshot<T> current = this.snapshot;
		if (current == null || current.loadedAt().plus(this.maxAge).isBefore(this.clock.instant())) {
			current = load();
		}
		return current.rows();
	}

	/**
	 * One row; a row this instance has not seen yet (added on another instance) loads the
	 * rows again once.
	 */
	public T get(long id) {
		T row = byId().get(id);
		if (row == null) {
			row = load().rows().get(id);
		}
		return row;
	}

	/**
	 * Loads the rows again once the caller's transaction has committed (at once without
	 * one), so that readers see an edit at once, never an edit that was rolled back.
	 */
	public void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					try {
						load();
					}
					catch (RuntimeException ex) {
						// The next reader loads them instead.
						invalidate();
					}
				}
			});
		}
		else {
			load();
		}
	}

	/** Forgets the rows: the next read loads them again. */
	public void invalidate() {
		this.snapshot = null;
	}

	private Snapshot<T> load() {
		Instant now = this.clock.instant();
		Map<Long, T> rows = StreamSupport.stream(this.loader.get().spliterator(), false)
			.collect(Collectors.toUnmodifiableMap(this.id, Function.identity()));
		Snapshot<T> loaded = new Snapshot<>(rows, now);
		this.snapshot = loaded;
		return loaded;
	}

	private record Snapshot<T>(Map<Long, T> rows, Instant loadedAt) {
	}

}
