package org.commonground.map;

/** What a relation says: who does what to whom, how strongly, and on what evidence. */
public record RelationDetails(long fromActorId, long toActorId, RelationType type, int strength, Evidence evidence) {
}
