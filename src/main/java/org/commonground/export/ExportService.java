package org.commonground.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of a dialogue's summary. {@link #authorize} checks that the viewer facilitates
 * the dialogue (or is an admin; others get 404), that only admins ask for identities or
 * hidden content, takes one export from the viewer's allowance and records the export in
 * the audit log; only then may the export be written, streamed from a cursor.
 */
@Service
public class ExportService {

	private final DialogueAccess access;

	private final ContributionRows rows;

	private final RateLimiter limiter;

	private final AppSecurityProperties.Limit limit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExportService(DialogueAccess access, ContributionRows rows, RateLimiter limiter,
			AppSecurityProperties securityProperties, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.rows = rows;
		this.limiter = limiter;
		this.limit = securityProperties.rateLimits().exportsPerAccount();
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks, limits and records an export.
	 * @throws NotFoundException if the viewer does not facilitate the dialogue, or asks
	 * for identities or hidden content without being an admin
	 * @throws RateLimitExceededException when the viewer's allowance is used up
	 */
	@Transactional
	public ExportRequest authorize(String slug, AccountPrincipal viewer, ExportOptions options, ExportFormat format,
			Locale locale) {
		if (viewer == null) {
			throw new NotFoundException();
		}
		DialogueView view = this.access.facilitated(slug, viewer);
		boolean admin = viewer.getRole() == AccountRole.ADMIN;
		if ((options.identities() || options.includeHidden()) && !admin) {
			throw new NotFoundException();
		}
		java.time.Duration wait = this.limiter.tryConsume("export-account", this.limit, Long.toString(viewer.getId()));
		if (!wait.isZero()) {
			throw new RateLimitExceededException(wait);
		}
		long dialogueId = view.dialogue().getId();
		this.events.publishEvent(new AuditEvent(viewer.getId(),
				options.identities() ? AuditAction.EXPORT_WITH_IDENTITIES : AuditAction.EXPORT_DOWNLOADED, dialogueId,
				"DIALOGUE", dialogueId, null, format.name(), options.describe()));
		return new ExportRequest(view.dialogue(), options, format, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)),
				locale);
	}

	/**
	 * Writes the CSV of an authorized export to the stream, row by row.
	 * @return the number of contributions written
	 */
	@Transactional(readOnly = true)
	public long writeCsv(ExportRequest request, OutputStream out) {
		try (CsvSummaryWriter writer = new CsvSummaryWriter(out)) {
			this.rows.each(request, writer::write);
			return writer.rows();
		}
	}

}
