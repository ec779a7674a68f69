package org.commonground.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findAllByOrderByIdDesc();

	/**
	 * Notes a use of the token, at most once an hour (one write per token and hour, not
	 * per request).
	 */
	@Modifying
	@Query(value = "update api_token set last_used_at = :now where id = :id "
			+ "and (last_used_at is null or last_used_at < :hourAgo)", nativeQuery = true)
	int markUsed(long id, java.time.Instant now, java.time.Instant hourAgo);

	@Modifying
	@Query("DELETE FROM ApiToken t WHERE t.accountId = :accountId")
	int deleteByAccountId(long accountId);

}
