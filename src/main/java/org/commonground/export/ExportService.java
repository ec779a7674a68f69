package org.commonground.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.challenge.Challenge;
import org.commonground.challenge.ChallengeService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.RepresentationService;
import org.commonground.moderation.ModerationLogs;
import org.commonground.moderation.PublicLog;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;
import org.commonground.vision.VisionService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of a dialogue's summary. {@link #authorize} checks that the viewer facilitates
 * the dialogue (or is an admin; others get 404), that only admins ask for identities or
 * hidden content, takes one export from the viewer's allowance and records the export in
 * the audit log; only then may the export be written, streamed from a cursor.
 * {@link #view} checks access for the printable page, which is read, not exported.
 */
@Service
public class ExportService {

	private final DialogueAccess access;

	private final RepresentationService representation;

	private final VisionService visions;

	private final ModerationLogs moderation;

	private final ChallengeService challenges;

	private final SummaryExporter summaries;

	private final ContributionRows rows;

	private final RateLimiter limiter;

	private final AppSecurityProperties.Limit limit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<SummarySection> sections;

	ExportService(DialogueAccess access, RepresentationService representation, VisionService visions,
			ModerationLogs moderation, ChallengeService challenges, SummaryExporter summaries, ContributionRows rows,
			RateLimiter limiter, AppSecurityProperties securityProperties, ApplicationEventPublisher events,
			Clock clock, List<SummarySection> sections) {
		this.access = access;
		this.representation = representation;
		this.visions = visions;
		this.moderation = moderation;
		this.challenges = challenges;
		this.summaries = summaries;
		this.rows = rows;
		this.limiter = limiter;
		this.limit = securityProperties.rateLimits().exportsPerAccount();
		this.events = events;
		this.clock = clock;
		this.sections = sections;
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
			throw new RateLimitExceededException(wait, RateLimitExceededException.EXPORTS);
		}
		long dialogueId = view.dialogue().getId();
		this.events.publishEvent(new AuditEvent(viewer.getId(),
				options.identities() ? AuditAction.EXPORT_WITH_IDENTITIES : AuditAction.EXPORT_DOWNLOADED, dialogueId,
				"DIALOGUE", dialogueId, null, format.name(), options.describe()));
		// The file is named by the day in the dialogue's time zone, as its content's
		// times.
		return new ExportRequest(view.dialogue(), options, format, LocalDate.now(this.clock.withZone(view.zone())),
				locale, viewer);
	}

	/**
	 * Checks that the viewer may read the printable summary page (as {@link #authorize}
	 * for an export without options); reading the page is not an export, so it neither
	 * uses the viewer's export allowance nor writes to the audit log (W4 #2).
	 * @throws NotFoundException if the viewer does not facilitate the dialogue
	 */
	@Transactional(readOnly = true)
	public ExportRequest view(String slug, AccountPrincipal viewer, Locale locale) {
		if (viewer == null) {
			throw new NotFoundException();
		}
		DialogueView view = this.access.facilitated(slug, viewer);
		return new ExportRequest(view.dialogue(), ExportOptions.defaults(), ExportFormat.HTML,
				LocalDate.now(this.clock.withZone(view.zone())), locale, viewer);
	}

	/**
	 * Writes the CSV of an authorized export to the stream, row by row.
	 * @return the number of contributions written
	 */
	@Transactional(readOnly = true)
	public long writeCsv(ExportRequest request, OutputStream out) {
		try (CsvSummaryWriter writer = new CsvSummaryWriter(out, request.dialogue().getTimeZone())) {
			this.rows.each(request, writer::write);
			return writer.rows();
		}
	}

	/**
	 * Writes the JSON of an authorized export to the stream: the dialogue, its
	 * representation by group, challenges with their comment trees, the vision's versions
	 * with stances by group, the draft comments with their answers, and the public
	 * moderation log.
	 */
	@Transactional(readOnly = true)
	public void writeJson(ExportRequest request, OutputStream out) {
		DialogueView view = this.access.facilitated(request.dialogue().getSlug(), request.viewer());
		try (JsonSummaryWriter writer = new JsonSummaryWriter(out)) {
			writer.start(view.dialogue(), request.options(), this.clock.instant());
			writer.representation(this.representation.panel(view, request.locale()));
			writer.startChallenges();
			boolean[] vision = { false };
			this.rows.eachInTreeOrder(request, (row) -> {
				if (!row.type().equals("DRAFT_COMMENT")) {
					writer.challengeRow(row);
					return;
				}
				if (!vision[0]) {
					startVision(writer, view, request);
					vision[0] = true;
				}
				writer.visionRow(row);
			});
			if (!vision[0]) {
				startVision(writer, view, request);
			}
			writer.endVision();
			for (SummarySection section : this.sections) {
				writer.value(section.name(), section.part(view, request.locale()).json());
			}
			writer.moderationLog(moderationLog(request));
		}
	}

	/**
	 * What the printable summary shows: the dialogue, representation, challenges by
	 * endorsements with status and response, the newest vision version with its common
	 * ground, "you said, we did" and the moderation counts.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> summary(ExportRequest request) {
		DialogueView view = this.access.facilitated(request.dialogue().getSlug(), request.viewer());
		String slug = view.dialogue().getSlug();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("dialogue", view.dialogue());
		// Texts in the export's language where translated, else in their original.
		String language = request.locale().getLanguage();
		model.put("textLanguage", language);
		model.put("text", view.dialogue().text(language));
		model.put("exportedAt", this.clock.instant());
		model.put("representation", this.representation.panel(view, request.locale()));
		List<Challenge> summaryChallenges = this.challenges.forSummary(view);
		model.put("challenges", summaryChallenges);
		model.put("visibleComments",
				this.challenges.visibleCommentCounts(summaryChallenges.stream().map(Challenge::getId).toList()));
		int latest = this.visions.summary(view).number();
		model.put("commonGround",
				(latest > 0) ? this.visions.commonGround(slug, request.viewer(), latest, request.locale()) : null);
		model.put("saidDid",
				(latest > 0) ? this.visions.youSaidWeDid(slug, request.viewer(), null, null, request.locale()) : null);
		Map<String, Long> counts = new TreeMap<>();
		for (PublicLog.PublicLogEntry entry : moderationLog(request)) {
			counts.merge(entry.action(), 1L, Long::sum);
		}
		model.put("moderationCounts", counts);
		model.put("sections", this.sections.stream().map((s) -> s.part(view, request.locale())).toList());
		model.put("pdf", false);
		return model;
	}

	/** Writes the printable summary of an authorized export as a PDF. */
	@Transactional(readOnly = true)
	public void writePdf(ExportRequest request, OutputStream out) {
		this.summaries.writePdf(summary(request), request, out);
	}

	private void startVision(JsonSummaryWriter writer, DialogueView view, ExportRequest request) {
		writer.endChallenges();
		writer.startVision();
		int latest = this.visions.summary(view).number();
		for (int number = 1; number <= latest; number++) {
			writer.version(
					this.visions.commonGround(view.dialogue().getSlug(), request.viewer(), number, request.locale()));
		}
		writer.startVisionComments();
	}

	private List<PublicLog.PublicLogEntry> moderationLog(ExportRequest request) {
		List<PublicLog.PublicLogEntry> entries = new ArrayList<>();
		Long before = null;
		do {
			PublicLog page = this.moderation.publicLog(request.dialogue().getSlug(), request.viewer(), before);
			entries.addAll(page.entries());
			before = page.next();
		}
		while (before != null);
		return entries;
	}

}
