package org.commonground.meeting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Attendance counts and named attendees, in SQL. */
interface AttendanceRepository extends Repository<Meeting, Long> {

	/** Group id, people, women, men of one meeting. */
	@Query(nativeQuery = true, value = """
			select stakeholder_group_id, people, women, men from meeting_attendance where meeting_id = :meetingId""")
	List<Object[]> findCounts(@Param("meetingId") long meetingId);

	/**
	 * Id, name, group id of the attendees named at one meeting, in the order recorded.
	 */
	@Query(nativeQuery = true, value = """
			select id, name, stakeholder_group_id from meeting_attendee where meeting_id = :meetingId order by id""")
	List<Object[]> findNamed(@Param("meetingId") long meetingId);

	@Modifying
	@Query(nativeQuery = true, value = "delete from meeting_attendance where meeting_id = :meetingId")
	void deleteCounts(@Param("meetingId") long meetingId);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into meeting_attendance (meeting_id, stakeholder_group_id, people, women, men)
			values (:meetingId, :groupId, :people, :women, :men)""")
	void insertCount(@Param("meetingId") long meetingId, @Param("groupId") long groupId, @Param("people") int people,
			@Param("women") Integer women, @Param("men") Integer men);

	@Modifying
	@Query(nativeQuery = true,
			value = """
					insert into meeting_attendee (meeting_id, name, stakeholder_group_id, consent_recorded_by, consent_recorded_at)
					values (:meetingId, :name, :groupId, :recordedBy, :now)""")
	void insertNamed(@Param("meetingId") long meetingId, @Param("name") String name, @Param("groupId") long groupId,
			@Param("recordedBy") long recordedBy, @Param("now") Instant now);

	@Modifying
	@Query(nativeQuery = true, value = "delete from meeting_attendee where id = :id and meeting_id = :meetingId")
	int deleteNamed(@Param("meetingId") long meetingId, @Param("id") long id);

	/** Meetings the account planned or facilitates, for its data archive. */
	@Query(nativeQuery = true, value = """
			select m.id, m.dialogue_id, m.title, m.starts_at, m.time_zone, 'PLANNED' from meeting m
			where m.created_by = :accountId
			union all
			select m.id, m.dialogue_id, m.title, m.starts_at, m.time_zone, 'FACILITATES' from meeting m
			join meeting_facilitator f on f.meeting_id = m.id where f.account_id = :accountId
			order by 1, 6""")
	List<Object[]> findMeetingsOf(@Param("accountId") long accountId);

	/** Consents to be named that the account recorded, for its data archive. */
	@Query(nativeQuery = true, value = """
			select meeting_id, name, consent_recorded_at from meeting_attendee
			where consent_recorded_by = :accountId order by id""")
	List<Object[]> findConsentsRecordedBy(@Param("accountId") long accountId);

}
