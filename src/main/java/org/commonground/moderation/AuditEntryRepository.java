package org.commonground.moderation;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, AuditEntryStatements {

	/** Actions on one contribution, newest first. */
	@Query("select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id order by e.id desc")
	List<AuditEntry> findHistory(String type, long id, Limit limit);

}
