package org.commonground.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

	Optional<Minutes> findByMeetingId(long meetingId);

	/** Minutes the account started, for its data archive. */
	@Query(nativeQuery = true, value = """
			select meeting_id, status, original_language, created_at from meeting_minutes
			where created_by = :accountId order by id""")
	List<Object[]> findStartedBy(@Param("accountId") long accountId);

	/** Corrections of published minutes the account made, for its data archive. */
	@Query(nativeQuery = true, value = """
			select m.meeting_id, c.item_id, c.earlier_language, c.earlier_source, c.reason, c.corrected_at
			from minute_correction c join meeting_minutes m on m.id = c.minutes_id
			where c.corrected_by = :accountId order by c.id""")
	List<Object[]> findCorrectionsBy(@Param("accountId") long accountId);

}
