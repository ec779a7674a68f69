package org.commonground.dialogue;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	@Query("select i from Invitation i join fetch i.dialogue where i.token = :token")
	Optional<Invitation> findByToken(String token);

	/**
	 * Locks the invitation so that a use limit holds when people accept it at the same
	 * moment.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.token = :token")
	Optional<Invitation> findByTokenForUpdate(String token);

	@Query("select i from Invitation i where i.dialogue.id = :dialogueId order by i.createdAt desc, i.id desc")
	List<Invitation> findByDialogue(long dialogueId);

}
