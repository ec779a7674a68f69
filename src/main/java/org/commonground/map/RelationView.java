package org.commonground.map;

import java.util.List;

/**
 * A relation as a reader sees it, with its sentence ("Gold buyers pre-finance artisanal
 * miners — strong; disputed by …") in the reader's language.
 *
 * @param disputedBy names of the groups whose dispute a facilitator accepted
 * @param disputedCodes the codes of those groups
 * @param pending disputes waiting for a facilitator (only facilitators are given them)
 * @param mine whether the viewer proposed it or has disputed it
 */
public record RelationView(long id, long fromId, String fromName, long toId, String toName, RelationType type,
		int strength, Evidence evidence, RelationStatus status, String reason, List<String> disputedBy,
		List<String> disputedCodes, List<DisputeView> pending, String sentence, boolean mine) {

	public boolean disputed() {
		return !this.disputedBy.isEmpty();
	}

	public boolean proposed() {
		return this.status == RelationStatus.PROPOSED;
	}

	/** A dispute waiting for a facilitator: which group, and why. */
	public record DisputeView(long id, String group, String reason) {
	}

}
