package org.commonground.account;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data, at once, as a ZIP of CSV and JSON files with a README: their
 * account first, then what every module keeps about them ({@link PersonalDataSource}). No
 * email, no password on the archive: it streams to the signed-in person, or, for someone
 * who takes part by SMS and cannot log in, to an admin who hands it over (audited).
 */
@Service
public class PersonalDataExport {

	private final List<PersonalDataSource> sources;

	private final MessageSource messages;

	private final Clock clock;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	PersonalDataExport(List<PersonalDataSource> sources, MessageSource messages, Clock clock,
			AccountRepository accounts, ApplicationEventPublisher events) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
		this.accounts = accounts;
		this.events = events;
	}

	/** Streams the archive of the signed-in person. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public void write(long accountId, Locale locale, OutputStream out) {
		archive(accountId, locale, out);
	}

	/**
	 * Streams the archive of someone who takes part without the web (an offline account,
	 * which cannot log in to download it), for an admin to hand over at their request;
	 * the audit log records who did. The README is in the person's language. Any other
	 * account is not found.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void writeForOffline(long adminId, long accountId, Destination destination) throws IOException {
		Account account = this.accounts.findById(accountId)
			.filter((a) -> a.isOffline() && !a.isErased())
			.orElseThrow(NotFoundException::new);
		this.events
			.publishEvent(AuditEvent.onAccount(adminId, AuditAction.ACCOUNT_DATA_HANDED_OVER, account.getId(), null));
		archive(accountId, Locale.forLanguageTag(account.getLocale()), destination.open());
	}

	/**
	 * Where an archive goes, opened only once the account is found (so that a refusal can
	 * still answer with its own page).
	 */
	@FunctionalInterface
	public interface Destination {

		OutputStream open() throws IOException;

	}

	private void archive(long accountId, Locale locale, OutputStream out) {
		PersonalDataArchive archive = new PersonalDataArchive(out,
				(name) -> this.messages.getMessage("data.file." + name, null, name, locale));
		for (PersonalDataSource source : this.sources) {
			source.write(accountId, archive);
		}
		StringBuilder readme = new StringBuilder(this.messages.getMessage("data.readme",
				new Object[] { DateTimeFormatter.ISO_INSTANT.format(this.clock.instant()) }, locale));
		readme.append("\n\n");
		for (String[] file : archive.contents()) {
			readme
				.append(this.messages.getMessage("data.readme.file",
						new Object[] { file[0], file[1], Integer.parseInt(file[2]) }, locale))
				.append('\n');
		}
		readme.append('\n').append(this.messages.getMessage("data.readme.formats", null, locale)).append('\n');
		archive.finish(readme.toString());
	}

}
