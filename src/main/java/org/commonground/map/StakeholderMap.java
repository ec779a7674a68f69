package org.commonground.map;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * A dialogue's map as one viewer may see it: the actors, the agreed relations (drawn, in
 * the table and as sentences), the proposals waiting for a facilitator, and the drawing.
 *
 * @param proposals proposed relations: all for facilitators, the viewer's own for members
 */
public record StakeholderMap(DialogueView view, List<ActorView> actors, List<RelationView> relations,
		List<RelationView> proposals, MapDrawing drawing, List<RelationType> legend, boolean canPropose) {

	public boolean facilitates() {
		return this.view.context().facilitates();
	}

	public long disputedCount() {
		return this.relations.stream().filter(RelationView::disputed).count();
	}

	/** Disputes waiting for a facilitator, over all relations. */
	public long pendingDisputes() {
		return this.relations.stream().mapToLong((r) -> r.pending().size()).sum();
	}

}
