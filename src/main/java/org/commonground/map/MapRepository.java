package org.commonground.map;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Actors of the maps; relations and disputes have their own repositories below. */
interface MapRepository extends JpaRepository<MapActor, Long> {

	@Query("select a from MapActor a where a.dialogueId = :dialogueId order by lower(a.label), a.id")
	List<MapActor> findActors(long dialogueId);

	@Query("select a from MapActor a where a.id = :id and a.dialogueId = :dialogueId")
	Optional<MapActor> findActor(long id, long dialogueId);

	/** Names compared without case and with runs of spaces as one, as they are kept. */
	@Query(value = "select count(*) > 0 from map_actor a where a.dialogue_id = :dialogueId and lower(regexp_replace(btrim(a.label), '\\s+', ' ', 'g')) = lower(:label) and a.id <> :exceptId",
			nativeQuery = true)
	boolean labelTaken(long dialogueId, String label, long exceptId);

	@Query("select count(a) > 0 from MapActor a where a.dialogueId = :dialogueId and a.groupId = :groupId and a.label = '' and a.id <> :exceptId")
	boolean groupTaken(long dialogueId, long groupId, long exceptId);

	/** Actors, agreed relations, disputed relations and what waits, in one statement. */
	@Query(value = """
			select (select count(*) from map_actor a where a.dialogue_id = :dialogueId),
			       (select count(*) from map_relation r where r.dialogue_id = :dialogueId and r.status = 'AGREED'),
			       (select count(distinct d.relation_id) from map_dispute d join map_relation r on r.id = d.relation_id
			        where d.dialogue_id = :dialogueId and d.status = 'ACCEPTED' and r.status = 'AGREED'),
			       (select count(*) from map_relation r where r.dialogue_id = :dialogueId and r.status = 'PROPOSED')
			       + (select count(*) from map_dispute d where d.dialogue_id = :dialogueId and d.status = 'PENDING')""",
			nativeQuery = true)
	List<Object[]> countSummary(long dialogueId);

}
