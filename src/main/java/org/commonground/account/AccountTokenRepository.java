package org.commonground.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	/** Locks the token row so that two parallel uses of one token cannot both succeed. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AccountToken t where t.tokenHash = :tokenHash")
	Optional<AccountToken> findForUpdate(String tokenHash);

	@Query("select t from AccountToken t where t.tokenHash = :tokenHash")
	Optional<AccountToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.purpose = :purpose and t.usedAt is null")
	void invalidateAll(Account account, AccountToken.Purpose purpose, java.time.Instant now);

	/** Deletes the account's tokens of one purpose, used or not. */
	@Modifying
	@Query("delete from AccountToken t where t.account = :account and t.purpose = :purpose")
	void deleteAll(Account account, AccountToken.Purpose purpose);

}
