package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ModerationCaseRepository extends JpaRepository<ModerationCase, Long>, ModerationCaseStatements {

	/** Creates the case of a contribution unless it has one. */
	@Modifying
	@Query(value = """
			insert into moderation_case (dialogue_id, content_type, content_id, author_id, state, queued_at)
			values (:dialogueId, :type, :contentId, :authorId, :state, :now)
			on conflict (content_type, content_id) do nothing""", nativeQuery = true)
	void open(long dialogueId, String type, long contentId, long authorId, String state, Instant now);

	@Query("select c from ModerationCase c where c.contentType = :type and c.contentId = :contentId")
	Optional<ModerationCase> find(String type, long contentId);

	@Query(value = "select id from moderation_case where content_type = :type and content_id = :contentId",
			nativeQuery = true)
	long findIdOf(String type, long contentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ModerationCase c where c.contentType = :type and c.contentId = :contentId")
	Optional<ModerationCase> findForUpdate(String type, long contentId);

	@Query("select count(c) from ModerationCase c where c.openReports > 0 or c.state in :waiting")
	long countWaiting(Collection<CaseState> waiting);

	@Modifying
	@Query("update ModerationCase c set c.openReports = 0 where c.id = :id")
	void clearReports(long id);

	/**
	 * Hides a contribution after reports unless someone decided on it meanwhile.
	 * @return 1 if this statement hid it, 0 otherwise
	 */
	@Modifying
	@Query(value = """
			update moderation_case
			set state = 'AUTO_HIDDEN', hidden_by = null, hidden_at = :now, hidden_reason = :reason, hidden_note = null
			where id = :id and state = 'VISIBLE'""", nativeQuery = true)
	int autoHide(long id, String reason, Instant now);

}
