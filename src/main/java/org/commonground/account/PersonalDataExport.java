package org.commonground.account;

import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data, at once, as a ZIP of CSV and JSON files with a README: their
 * account first, then what every module keeps about them ({@link PersonalDataSource}). No
 * email, no password on the archive: it streams to the signed-in person only.
 */
@Service
public class PersonalDataExport {

	private final List<PersonalDataSource> sources;

	private final MessageSource messages;

	private final Clock clock;

	PersonalDataExport(List<PersonalDataSource> sources, MessageSource messages, Clock clock) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	/** Streams the archive of the signed-in person. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public void write(long accountId, Locale locale, OutputStream out) {
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
