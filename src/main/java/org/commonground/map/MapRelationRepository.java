package org.commonground.map;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MapRelationRepository extends JpaRepository<MapRelation, Long> {

	/** Agreed and proposed relations of a dialogue, in one statement. */
	@Query("select r from MapRelation r where r.dialogueId = :dialogueId and r.status <> org.commonground.map.RelationStatus.DECLINED order by r.id")
	List<MapRelation> findLive(long dialogueId);

	/**
	 * Agreed and proposed relations of a dialogue, each with its pending and accepted
	 * disputes (a row per dispute, one with {@code null} for a relation without any), in
	 * one statement.
	 */
	@Query("""
			select r, d from MapRelation r
			left join MapDispute d on d.relationId = r.id and d.status <> org.commonground.map.DisputeStatus.DECLINED
			where r.dialogueId = :dialogueId and r.status <> org.commonground.map.RelationStatus.DECLINED
			order by r.id, d.id""")
	List<Object[]> findLiveWithDisputes(long dialogueId);

	/**
	 * Whether a relation of this status says the same (same actors, way round and type).
	 */
	@Query("""
			select count(r) > 0 from MapRelation r where r.dialogueId = :dialogueId and r.fromActorId = :fromId
			and r.toActorId = :toId and r.type = :type and r.status = :status and r.id <> :exceptId""")
	boolean taken(long dialogueId, long fromId, long toId, RelationType type, RelationStatus status, long exceptId);

	@Query("select r from MapRelation r where r.id = :id and r.dialogueId = :dialogueId")
	Optional<MapRelation> findRelation(long id, long dialogueId);

}
