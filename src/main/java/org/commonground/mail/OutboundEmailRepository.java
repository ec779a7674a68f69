package org.commonground.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

	/**
	 * Locks the queued message due first, skipping those another instance is sending, so
	 * that each message is sent by one instance. Call within a transaction.
	 */
	@Query(value = "select id from outbound_email where status = 'QUEUED' and next_attempt_at <= :now "
			+ "order by next_attempt_at, id limit 1 for update skip locked", nativeQuery = true)
	Optional<Long> lockNextDue(Instant now);

	/** Locks that message if it is still queued and nobody else is sending it. */
	@Query(value = "select id from outbound_email where id = :id and status = 'QUEUED' for update skip locked",
			nativeQuery = true)
	Optional<Long> lockIfQueued(long id);

	Page<OutboundEmail> findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(String recipient,
			Pageable pageable);

	/**
	 * Deletes the account's messages, whatever address they went to, and those to its
	 * current address that are no account's (newsletter messages).
	 */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from OutboundEmail e where e.accountId = :accountId "
			+ "or (e.accountId is null and lower(e.recipient) = :recipient)")
	int deleteOfAccount(@Param("accountId") long accountId, @Param("recipient") String recipient);

	/**
	 * What was sent (or is to be sent) about an account, whatever address it went to, and
	 * to its current address about no account (newsletter messages), for its owner's data
	 * archive: the subject, state and times of each message (bodies are not kept once
	 * sent). Never another account's messages, even to an address it had before.
	 */
	@Query(value = "select id, subject, status, created_at, sent_at from outbound_email "
			+ "where account_id = :accountId or (account_id is null and lower(recipient) = :recipient) order by id",
			nativeQuery = true)
	List<Object[]> findOfAccount(@Param("accountId") long accountId, @Param("recipient") String recipient);

}
