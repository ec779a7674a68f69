package org.commonground.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinuteCorrectionRepository extends JpaRepository<MinuteCorrection, Long> {

	@Query("select c from MinuteCorrection c where c.minutesId = :minutesId order by c.correctedAt desc, c.id desc")
	List<MinuteCorrection> findByMinutes(@Param("minutesId") long minutesId);

}
