package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long>, ReportInsert {

	@Query("select r from Report r where r.caseId in :caseIds order by r.caseId, r.id")
	List<Report> findByCases(Collection<Long> caseIds);

	@Query(value = "select exists (select 1 from report where case_id = :caseId and reporter_id = :reporterId)",
			nativeQuery = true)
	boolean exists(long caseId, long reporterId);

	/** Closes a case's open reports as actioned or dismissed. */
	@Modifying
	@Query(value = """
			update report set status = :status, decided_at = :now
			where case_id = :caseId and status = 'OPEN'""", nativeQuery = true)
	int decideOpen(long caseId, String status, Instant now);

	/** The account's reports, for its own data archive. */
	@org.springframework.data.jpa.repository.Query(value = """
			select c.content_type, c.content_id, r.reason, r.note, r.status, r.created_at, r.decided_at
			from report r join moderation_case c on c.id = r.case_id
			where r.reporter_id = :accountId order by r.created_at""", nativeQuery = true)
	java.util.List<Object[]> findPersonalData(long accountId);

}
