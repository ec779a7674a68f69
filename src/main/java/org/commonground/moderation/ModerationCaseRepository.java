package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ModerationCaseRepository extends JpaRepository<ModerationCase, Long> {

	/** Creates the case of a contribution unless it has one. */
	@Modifying
	@Query(value = """
			insert into moderation_case (dialogue_id, content_type, content_id, author_id, state, queued_at)
			values (:dialogueId, :type, :contentId, :authorId, :state, :now)
			on conflict (content_type, content_id) do nothing""", nativeQuery = true)
	void open(long dialogueId, String type, long contentId, long authorId, String state, Instant now);

	@Query("select c from ModerationCase c where c.contentType = :type and c.contentId = :contentId")
	Optional<ModerationCase> find(String type, long contentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ModerationCase c where c.contentType = :type and c.contentId = :contentId")
	Optional<ModerationCase> findForUpdate(String type, long contentId);

	/**
	 * Cases of one dialogue that need a decision: most open reports first, then oldest,
	 * after the keyset {@code (reports, queued, id)}.
	 */
	@Query("""
			select c from ModerationCase c
			where c.dialogue.id = :dialogueId
			  and (c.openReports > 0 or c.state in :waiting)
			  and (c.openReports < :reports or (c.openReports = :reports
			       and (c.queuedAt > :queued or (c.queuedAt = :queued and c.id > :id))))
			order by c.openReports desc, c.queuedAt, c.id""")
	List<ModerationCase> findQueue(long dialogueId, Collection<CaseState> waiting, int reports, Instant queued, long id,
			Limit limit);

	/** The same over every dialogue, for admins. */
	@Query("""
			select c from ModerationCase c join fetch c.dialogue
			where (c.openReports > 0 or c.state in :waiting)
			  and (c.openReports < :reports or (c.openReports = :reports
			       and (c.queuedAt > :queued or (c.queuedAt = :queued and c.id > :id))))
			order by c.openReports desc, c.queuedAt, c.id""")
	List<ModerationCase> findGlobalQueue(Collection<CaseState> waiting, int reports, Instant queued, long id,
			Limit limit);

	@Query("select count(c) from ModerationCase c where c.openReports > 0 or c.state in :waiting")
	long countWaiting(Collection<CaseState> waiting);

	@Modifying
	@Query("update ModerationCase c set c.openReports = 0 where c.id = :id")
	void clearReports(long id);

}
