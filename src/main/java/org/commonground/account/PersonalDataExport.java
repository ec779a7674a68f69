package org.commonground.account;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.shared.web.TimeZones;
import org.commonground.shared.web.Times;

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

	private final StakeholderGroupService groups;

	/**
	 * The codes the files hold, for the README: by heading ({@code data.readme.codes.*},
	 * which names the files and columns where they appear), each code and the message
	 * that explains it in the person's language. Every value the columns can hold is
	 * here.
	 */
	private static final Map<String, Map<String, String>> CODES = codes();

	PersonalDataExport(List<PersonalDataSource> sources, MessageSource messages, Clock clock,
			AccountRepository accounts, ApplicationEventPublisher events, StakeholderGroupService groups) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
		this.accounts = accounts;
		this.events = events;
		this.groups = groups;
	}

	private static Map<String, Map<String, String>> codes() {
		Map<String, Map<String, String>> codes = new LinkedHashMap<>();
		codes.put("role", named("role.", "PARTICIPANT", "FACILITATOR", "ADMIN"));
		codes.put("status", named("status.", "ACTIVE", "SUSPENDED", "DELETED"));
		codes.put("membership", named("data.readme.code.membership.", "PENDING", "ACTIVE", "REMOVED"));
		codes.put("display", named("membership.display.", "NAMED", "PSEUDONYMOUS"));
		codes.put("challenge",
				named("challenge.status.", "OPEN", "UNDER_DISCUSSION", "ADDRESSED", "OUT_OF_SCOPE", "MERGED"));
		Map<String, String> state = named("moderation.state.", "VISIBLE", "PENDING", "HIDDEN");
		state.put("DELETED", "data.readme.code.DELETED");
		codes.put("state", state);
		codes.put("target", named("data.readme.code.target.", "CHALLENGE", "VISION", "MINUTES", "RESOURCE"));
		codes.put("stance", named("vision.stance.", "AGREE", "CAN_LIVE_WITH", "DISAGREE"));
		codes.put("reason", named("moderation.reason.", "SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_INFORMATION", "OTHER"));
		codes.put("content", named("moderation.type.", "CHALLENGE", "COMMENT"));
		codes.put("report", named("report.status.", "OPEN", "ACTIONED", "DISMISSED"));
		codes.put("follow", named("moderation.type.", "DIALOGUE", "CHALLENGE"));
		codes.put("category", named("notification.category.", "REPLIES", "CHALLENGES", "ANSWERS", "VISION", "MEETINGS",
				"MODERATION", "FACILITATION"));
		codes.put("kind",
				named("data.readme.code.kind.", "REPLY", "CHALLENGE_STATUS", "CHALLENGE_RESPONSE", "ANSWER",
						"VISION_VERSION", "HIDDEN", "RESTORED", "JOIN_REQUEST", "REPORT", "NEW_CHALLENGE", "MEETING",
						"MEETING_MOVED", "MEETING_CANCELLED", "MINUTES", "APPROVED_CHALLENGE", "APPROVED_COMMENT",
						"MAP_PROPOSAL_ACCEPTED", "MAP_PROPOSAL_DECLINED", "MAP_DISPUTE_ACCEPTED",
						"MAP_DISPUTE_DECLINED", "MAP_PROPOSAL_WAITING", "MAP_DISPUTE_WAITING", "RESOURCE_SUGGESTED",
						"SUGGESTION_ACCEPTED", "SUGGESTION_DECLINED"));
		// A notification's detail: the new state of a challenge, the disposition of an
		// answered comment, the reason for hiding, or a meeting's time
		// (AT:start|end|zone).
		Map<String, String> detail = new LinkedHashMap<>();
		named("challenge.status.", "OPEN", "UNDER_DISCUSSION", "ADDRESSED", "OUT_OF_SCOPE", "MERGED")
			.forEach((code, key) -> detail.put("STATUS_" + code, key));
		named("vision.disposition.", "INCORPORATED", "PARTLY_INCORPORATED", "NOT_INCORPORATED", "NOTED")
			.forEach((code, key) -> detail.put("DISPOSITION_" + code, key));
		named("moderation.reason.", "SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_INFORMATION", "OTHER", "REPORTED")
			.forEach((code, key) -> detail.put("REASON_" + code, key));
		detail.put("AT:start|end|zone", "data.readme.code.detail.AT");
		codes.put("detail", detail);
		codes.put("frequency", named("notification.frequency.", "NONE", "IMMEDIATE", "DAILY", "WEEKLY"));
		codes.put("email", named("admin.emails.status.", "STORED", "QUEUED", "SENT", "FAILED"));
		codes.put("subscription", named("data.readme.code.subscription.", "PENDING", "CONFIRMED", "UNSUBSCRIBED"));
		codes.put("step", named("data.readme.code.step.", "SIGNED_UP", "CONFIRMED", "UNSUBSCRIBED"));
		return codes;
	}

	/** Each code with the message {@code prefix + code}. */
	private static Map<String, String> named(String prefix, String... codes) {
		Map<String, String> named = new LinkedHashMap<>();
		for (String code : codes) {
			named.put(code, prefix + code);
		}
		return named;
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
				(name) -> this.messages.getMessage("data.file." + name, null, name, locale), locale);
		for (PersonalDataSource source : this.sources) {
			source.write(accountId, archive);
		}
		// When, as the person reads dates: in their language and their country's zone.
		ZoneId zone = TimeZones.forCountry(this.accounts.findById(accountId).map(Account::getCountry).orElse(null));
		StringBuilder readme = new StringBuilder(this.messages.getMessage("data.readme",
				new Object[] { new Times(zone, locale).format(this.clock.instant()) }, locale));
		readme.append("\n\n");
		for (String[] file : archive.contents()) {
			readme
				.append(this.messages.getMessage("data.readme.file",
						new Object[] { file[0], file[1], Integer.parseInt(file[2]) }, locale))
				.append('\n');
		}
		readme.append('\n').append(this.messages.getMessage("data.readme.formats", null, locale)).append('\n');
		// The apostrophe goes in as an argument: the message itself keeps to each
		// language's typography.
		readme.append('\n')
			.append(this.messages.getMessage("data.readme.csv", new Object[] { "'" }, locale))
			.append('\n');
		readme.append('\n').append(this.messages.getMessage("data.readme.codes", null, locale)).append('\n');
		readme.append('\n').append(this.messages.getMessage("data.readme.codes.group", null, locale)).append('\n');
		this.groups.activeGroups()
			.forEach((group) -> readme.append(group.getCode()).append(": ").append(group.label(locale)).append('\n'));
		CODES.forEach((heading, named) -> {
			readme.append('\n')
				.append(this.messages.getMessage("data.readme.codes." + heading, null, locale))
				.append('\n');
			named.forEach((code, key) -> readme.append(code)
				.append(": ")
				.append(this.messages.getMessage(key, null, locale))
				.append('\n'));
		});
		// The weekly summary's day as a number, 1 (Monday) to 7 (Sunday), as ISO 8601
		// counts.
		readme.append('\n').append(this.messages.getMessage("data.readme.codes.weekday", null, locale)).append('\n');
		Locale formatting = SupportedLanguages.forFormatting(locale);
		for (DayOfWeek day : DayOfWeek.values()) {
			readme.append(day.getValue())
				.append(": ")
				.append(day.getDisplayName(TextStyle.FULL, formatting))
				.append('\n');
		}
		archive.finish(readme.toString());
	}

}
