package org.commonground.account;

import java.util.List;

import org.commonground.mail.MailService;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account itself, first in a person's data archive, and the emails sent about it (to
 * its earlier addresses too).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountPersonalData implements PersonalDataSource {

	private final AccountRepository accounts;

	private final MailService mail;

	AccountPersonalData(AccountRepository accounts, MailService mail) {
		this.accounts = accounts;
		this.mail = mail;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("account",
				List.of("id", "email", "display_name", "stakeholder_group", "organisation", "country", "region",
						"language", "role", "status", "email_confirmed_at", "created_at", "updated_at",
						"deletion_requested_at"),
				this.accounts.findPersonalData(accountId));
		this.accounts.findById(accountId)
			.ifPresent((account) -> archive.table("emails", List.of("id", "subject", "status", "created_at", "sent_at"),
					this.mail.sentAbout(accountId, account.getEmail())));
	}

}
