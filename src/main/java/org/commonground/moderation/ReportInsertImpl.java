package org.commonground.moderation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

class ReportInsertImpl implements ReportInsert {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public boolean insertOnce(long caseId, long reporterId, String reason, String note, Instant now) {
		List<?> inserted = this.entityManager.createNativeQuery("""
				insert into report (case_id, reporter_id, reason, note, created_at)
				values (:caseId, :reporterId, :reason, cast(:note as varchar), :now)
				on conflict (case_id, reporter_id) do nothing
				returning id""")
			.setParameter("caseId", caseId)
			.setParameter("reporterId", reporterId)
			.setParameter("reason", reason)
			.setParameter("note", note)
			.setParameter("now", now)
			.getResultList();
		return !inserted.isEmpty();
	}

}
