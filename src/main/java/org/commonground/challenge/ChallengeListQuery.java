package org.commonground.challenge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

/**
 * The challenge list's one query, built from an allowlisted filter and sort: a keyset
 * page of a dialogue's challenges with their authors and groups fetched.
 */
@Repository
class ChallengeListQuery {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Up to {@code limit} challenges after the filter's keyset.
	 * @param themeId the id of the filter's theme, or {@code null} for every theme
	 * @param groupId the id of the filter's stakeholder group, or {@code null} for every
	 * group
	 * @param viewerId the viewer, who sees their own hidden and held challenges; others'
	 * only when {@code moderator}
	 */
	List<Challenge> find(long dialogueId, ChallengeFilter filter, Long themeId, Long groupId, boolean moderator,
			long viewerId, int limit) {
		StringBuilder jpql = new StringBuilder("""
				select c from Challenge c
				where c.dialogueId = :dialogueId""");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("dialogueId", dialogueId);
		if (filter.status() != null) {
			jpql.append(" and c.status = :status");
			parameters.put("status", filter.status());
		}
		else {
			jpql.append(" and c.status <> org.commonground.challenge.ChallengeStatus.MERGED");
		}
		if (!moderator) {
			// Hidden and held challenges: only their authors and moderators see them.
			jpql.append(" and (c.moderation = 'VISIBLE' or c.authorId = :viewerId)");
			parameters.put("viewerId", viewerId);
		}
		if (groupId != null) {
			jpql.append(" and c.authorGroupId = :groupId");
			parameters.put("groupId", groupId);
		}
		if (themeId != null) {
			jpql.append(" and :themeId member of c.themeIds");
			parameters.put("themeId", themeId);
		}
		String count = countColumn(filter.sort());
		String after = ChallengeFilter.isCursor(filter.after()) ? filter.after() : null;
		if (after != null) {
			int dot = after.indexOf('.');
			if (count == null || dot < 0) {
				jpql.append(" and c.id < :afterId");
				parameters.put("afterId", Long.parseLong(after.substring(dot + 1)));
			}
			else {
				jpql.append(" and (")
					.append(count)
					.append(" < :afterCount or (")
					.append(count)
					.append(" = :afterCount and c.id < :afterId))");
				parameters.put("afterCount", Integer.parseInt(after.substring(0, dot)));
				parameters.put("afterId", Long.parseLong(after.substring(dot + 1)));
			}
		}
		jpql.append(" order by ").append((count != null) ? count + " desc, " : "").append("c.id desc");
		TypedQuery<Challenge> query = this.entityManager.createQuery(jpql.toString(), Challenge.class);
		parameters.forEach(query::setParameter);
		return query.setMaxResults(limit).getResultList();
	}

	/** The keyset that continues after {@code last} in this sort. */
	static String cursorAfter(Challenge last, ChallengeSort sort) {
		return switch (sort) {
			case NEWEST -> Long.toString(last.getId());
			case MOST_ENDORSED -> last.getEndorsementCount() + "." + last.getId();
			case MOST_DISCUSSED -> last.getCommentCount() + "." + last.getId();
		};
	}

	private static String countColumn(ChallengeSort sort) {
		return switch (sort) {
			case NEWEST -> null;
			case MOST_ENDORSED -> "c.endorsementCount";
			case MOST_DISCUSSED -> "c.commentCount";
		};
	}

}
