package org.commonground.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	@Query("select i from AgendaItem i where i.meetingId = :meetingId order by i.position, i.id")
	List<AgendaItem> findByMeeting(@Param("meetingId") long meetingId);

}
