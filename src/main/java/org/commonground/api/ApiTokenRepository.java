package org.commonground.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findAllByOrderByIdDesc();

	@Modifying
	@Query("DELETE FROM ApiToken t WHERE t.accountId = :accountId")
	int deleteByAccountId(long accountId);

}
