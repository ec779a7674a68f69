package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work waiting for a facilitator in their dialogues, every module's
 * {@link WaitingWork} counted in one statement ({@code union all} of their selects).
 */
@Component
class WaitingWorkCounts {

	private final JdbcClient jdbc;

	private final ObjectProvider<WaitingWork> providers;

	/**
	 * The modules' kinds of work in their order, and their selects as one; built once.
	 */
	private volatile Union union;

	WaitingWorkCounts(JdbcClient jdbc, ObjectProvider<WaitingWork> providers) {
		this.jdbc = jdbc;
		this.providers = providers;
	}

	/** By dialogue id (absent when nothing waits), the work waiting in each, in order. */
	Map<Long, List<WaitingWork.Count>> in(Collection<Long> dialogueIds) {
		Map<Long, List<WaitingWork.Count>> waiting = new HashMap<>();
		Union union = union();
		if (dialogueIds.isEmpty() || union.work().isEmpty()) {
			return waiting;
		}
		this.jdbc.sql(union.query()).param("dialogueIds", dialogueIds).query((rs, n) -> {
			WaitingWork work = union.work().get(rs.getInt(1));
			return waiting.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new WaitingWork.Count(work.kind(), work.path(), rs.getLong(3)));
		}).list();
		// In the modules' order, whatever the order of the rows.
		List<String> kinds = union.work().stream().map(WaitingWork::kind).toList();
		waiting.values().forEach((counts) -> counts.sort((a, b) -> kinds.indexOf(a.kind()) - kinds.indexOf(b.kind())));
		return waiting;
	}

	private Union union() {
		Union built = this.union;
		if (built == null) {
			List<WaitingWork> work = this.providers.orderedStream().toList();
			List<String> selects = new ArrayList<>();
			for (int i = 0; i < work.size(); i++) {
				selects.add("select " + i + ", w.dialogue_id, w.n::bigint from (" + work.get(i).countQuery()
						+ ") w (dialogue_id, n)");
			}
			built = new Union(work, String.join("\nunion all\n", selects));
			this.union = built;
		}
		return built;
	}

	private record Union(List<WaitingWork> work, String query) {
	}

}
