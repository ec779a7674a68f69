package org.commonground.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m where m.id = :id and m.dialogueId = :dialogueId")
	Optional<Meeting> findInDialogue(@Param("id") long id, @Param("dialogueId") long dialogueId);

	@Query("select distinct m from Meeting m left join fetch m.facilitatorIds where m.id = :id and m.dialogueId = :dialogueId")
	Optional<Meeting> findWithFacilitators(@Param("id") long id, @Param("dialogueId") long dialogueId);

	/** Every meeting of a dialogue, earliest first. */
	@Query("select m from Meeting m where m.dialogueId = :dialogueId order by m.startsAt, m.id")
	List<Meeting> findByDialogue(@Param("dialogueId") long dialogueId);

	/**
	 * The next {@code limit} meetings that have not ended and the last {@code limit} that
	 * have (a cancelled one by its date too), in one statement; each meeting's end is
	 * compared in its own time zone. The entity's formula column
	 * ({@code minutesPublished}) is computed here too.
	 */
	@Query(nativeQuery = true, value = """
			(select m.*, exists (select 1 from meeting_minutes mm where mm.meeting_id = m.id
			                     and mm.status = 'PUBLISHED') as "minutesPublished"
			 from meeting m where m.dialogue_id = :dialogueId
			   and (m.ends_at at time zone m.time_zone) >= :now
			 order by (m.starts_at at time zone m.time_zone), m.id limit :limit)
			union all
			(select m.*, exists (select 1 from meeting_minutes mm where mm.meeting_id = m.id
			                     and mm.status = 'PUBLISHED') as "minutesPublished"
			 from meeting m where m.dialogue_id = :dialogueId
			   and (m.ends_at at time zone m.time_zone) < :now
			 order by (m.starts_at at time zone m.time_zone) desc, m.id desc limit :limit)""")
	List<Meeting> findAround(@Param("dialogueId") long dialogueId, @Param("now") Instant now,
			@Param("limit") int limit);

	/** Ids and titles of the dialogue's meetings, in the order they take place. */
	@Query("""
			select new org.commonground.meeting.MeetingRef(m.id, m.title) from Meeting m
			where m.dialogueId = :dialogueId order by m.startsAt, m.id""")
	List<MeetingRef> findRefs(@Param("dialogueId") long dialogueId);

	/** Ids and titles of those of the meetings that are in the dialogue. */
	@Query("""
			select new org.commonground.meeting.MeetingRef(m.id, m.title) from Meeting m
			where m.dialogueId = :dialogueId and any_of(m.id, :ids)""")
	List<MeetingRef> findRefs(@Param("dialogueId") long dialogueId, @Param("ids") Long[] ids);

}
