package org.commonground.map;

/**
 * What a facilitator says about an actor.
 *
 * @param groupId the stakeholder group a {@link ActorKind#STAKEHOLDER_GROUP} actor stands
 * for, else {@code null}
 */
public record ActorDetails(String label, ActorKind kind, Long groupId, String region, int influence, String goal,
		String tags) {
}
