package org.commonground.account;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The account itself, first in a person's data archive. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountPersonalData implements PersonalDataSource {

	private final AccountRepository accounts;

	AccountPersonalData(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("account",
				List.of("id", "email", "display_name", "stakeholder_group", "organisation", "country", "region",
						"language", "role", "status", "email_confirmed_at", "created_at", "updated_at",
						"deletion_requested_at"),
				this.accounts.findPersonalData(accountId));
	}

}
