package org.commonground.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

class ModerationCaseStatementsImpl implements ModerationCaseStatements {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<QueuedCase> findQueuePage(Long dialogueId, Collection<CaseState> waiting, int reports, Instant queued,
			long id, int limit) {
		// The page of cases is limited first; its reports are joined to it.
		String sql = """
				select {c.*}, {r.*}, ca.display_name as author_name, ra.display_name as reporter_name,
				       ra.stakeholder_group_id as reporter_group
				from (select * from moderation_case
				      where %s(open_reports > 0 or state in (:waiting))
				        and (open_reports < :reports or (open_reports = :reports
				             and (queued_at > :queued or (queued_at = :queued and id > :id))))
				      order by open_reports desc, queued_at, id
				      limit :limit) c
				left join report r on r.case_id = c.id
				left join account_directory ca on ca.id = c.author_id
				left join account_directory ra on ra.id = r.reporter_id
				order by c.open_reports desc, c.queued_at, c.id, r.id"""
			.formatted((dialogueId != null) ? "dialogue_id = :dialogueId and " : "");
		NativeQuery<?> query = this.entityManager.createNativeQuery(sql)
			.unwrap(NativeQuery.class)
			.addEntity("c", ModerationCase.class)
			.addEntity("r", Report.class)
			.addScalar("author_name", StandardBasicTypes.STRING)
			.addScalar("reporter_name", StandardBasicTypes.STRING)
			.addScalar("reporter_group", StandardBasicTypes.LONG)
			.setParameterList("waiting", waiting.stream().map(CaseState::name).toList())
			.setParameter("reports", reports)
			.setParameter("queued", queued)
			.setParameter("id", id)
			.setParameter("limit", limit);
		if (dialogueId != null) {
			query.setParameter("dialogueId", dialogueId);
		}
		Map<ModerationCase, QueuedCase> page = new LinkedHashMap<>();
		for (Object row : query.getResultList()) {
			Object[] columns = (Object[]) row;
			QueuedCase entry = page.computeIfAbsent((ModerationCase) columns[0],
					(c) -> new QueuedCase(c, (String) columns[2], new ArrayList<>()));
			if (columns[1] != null) {
				entry.reports()
					.add(new QueuedCase.NamedReport((Report) columns[1], (String) columns[3],
							(columns[4] != null) ? (Long) columns[4] : -1L));
			}
		}
		return new ArrayList<>(page.values());
	}

	@Override
	public ReportCount countNewReport(long caseId, Instant now) {
		Object[] counted = (Object[]) this.entityManager.createNativeQuery("""
				update moderation_case
				set open_reports = open_reports + 1,
				    queued_at = case when open_reports = 0 and state = 'VISIBLE' then :now else queued_at end
				where id = :id
				returning open_reports, state""").setParameter("now", now).setParameter("id", caseId).getSingleResult();
		return new ReportCount(((Number) counted[0]).intValue(), CaseState.valueOf((String) counted[1]));
	}

	@Override
	public ModerationCase lockForDecision(String type, long contentId) {
		ModerationCase locked = this.entityManager
			.createQuery("select c from ModerationCase c where c.contentType = :type and c.contentId = :contentId",
					ModerationCase.class)
			.setParameter("type", type)
			.setParameter("contentId", contentId)
			.setLockMode(LockModeType.PESSIMISTIC_WRITE)
			.getSingleResult();
		// The row lock waited for any parallel decision; read what it stored.
		this.entityManager.refresh(locked);
		return locked;
	}

}
