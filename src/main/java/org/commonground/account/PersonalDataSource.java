package org.commonground.account;

/**
 * Implemented by every module that keeps something about a person: it writes what it
 * keeps about one account into the person's own data archive ({@code GET /account/data}).
 * Declared here, implemented by the modules above, so the account module gathers them
 * without depending on them.
 */
public interface PersonalDataSource {

	/** Writes this module's tables about the account, one {@code table} call each. */
	void write(long accountId, PersonalDataArchive archive);

}
