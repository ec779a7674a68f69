package org.commonground.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinuteItemRepository extends JpaRepository<MinuteItem, Long> {

	@Query("select i from MinuteItem i where i.minutesId = :minutesId order by i.position, i.id")
	List<MinuteItem> findByMinutes(@Param("minutesId") long minutesId);

	@Query("""
			select t from MinuteText t where t.itemId in
			(select i.id from MinuteItem i where i.minutesId = :minutesId) order by t.id""")
	List<MinuteText> findTexts(@Param("minutesId") long minutesId);

}
