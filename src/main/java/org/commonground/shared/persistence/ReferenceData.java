package org.commonground.shared.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A small table that admins edit rarely and every page reads (stakeholder groups,
 * themes), kept in memory by id so that showing its labels costs no statement. Loaded on
 * first use, again after {@code maxAge} (so that an edit made on another instance shows
 * within that time) and at once after an edit on this one ({@link #refresh()}).
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
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(this.maxAge).isBefore(now)) {
			Map<Long, T> rows = java.util.stream.StreamSupport.stream(this.loader.get().spliterator(), false)
				.collect(Collectors.toUnmodifiableMap(this.id, Function.identity()));
			current = new Snapshot<>(rows, now);
			this.snapshot = current;
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
			invalidate();
			row = byId().get(id);
		}
		return row;
	}

	/** Forgets the rows: the next read loads them again. */
	public void invalidate() {
		this.snapshot = null;
	}

	/**
	 * Loads the rows again now, within the caller's transaction, so that the edit that
	 * calls it, not the next reader, pays for it.
	 */
	public void refresh() {
		invalidate();
		byId();
	}

	private record Snapshot<T>(Map<Long, T> rows, Instant loadedAt) {
	}

}
