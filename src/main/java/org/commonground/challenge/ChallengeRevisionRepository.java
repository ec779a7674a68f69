package org.commonground.challenge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRevisionRepository extends JpaRepository<ChallengeRevision, Long> {

	@Query("select r from ChallengeRevision r where r.challenge.id = :challengeId order by r.id desc")
	List<ChallengeRevision> findByChallenge(long challengeId);

}
