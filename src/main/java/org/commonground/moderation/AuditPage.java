package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.TimeZones;
import org.commonground.shared.web.Zoned;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.account.Account;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.ExportDescription;

/**
 * One page of the audit log with the people and dialogues it names.
 *
 * @param view the dialogue whose log this is, or {@code null} for the admins' whole log
 * @param zone the zone of the page's times and of its filter's days: the dialogue's on a
 * dialogue's own log, UTC on the admins' log (whatever dialogues its entries are of)
 * @param next the keyset of the next (older) page, or {@code null}
 */
public record AuditPage(DialogueView view, ZoneId zone, List<AuditEntry> entries, Map<Long, Account> accounts,
		Map<Long, Dialogue> dialogues, AuditFilter filter, Long next) implements Zoned {

	public AuditPage {
		zone = (zone != null) ? zone : TimeZones.DEFAULT;
	}

	public Account account(Long id) {
		return (id != null) ? this.accounts.get(id) : null;
	}

	public Dialogue dialogue(Long id) {
		return (id != null) ? this.dialogues.get(id) : null;
	}

	/**
	 * What an export entry's export held, to be described in the reader's language; or
	 * {@code null} for other entries and for older exports, whose note is English text
	 * shown as written.
	 */
	public ExportDescription export(AuditEntry entry) {
		boolean export = entry.getAction() == AuditAction.EXPORT_DOWNLOADED
				|| entry.getAction() == AuditAction.EXPORT_WITH_IDENTITIES;
		return export ? ExportDescription.parse(entry.getNote()) : null;
	}

	/**
	 * The role an account had before a role change (kept as the entry's note), or
	 * {@code null} for other entries and for older ones, which kept only the new role.
	 */
	public String previousRole(AuditEntry entry) {
		String note = entry.getNote();
		return (entry.getAction() == AuditAction.ACCOUNT_ROLE_CHANGED && note != null && note.matches("[A-Z_]{1,20}"))
				? note : null;
	}

	/**
	 * What a change of a stakeholder group or a theme did (added, renamed, retired,
	 * reactivated; kept as codes in the entry's note), to be told in the reader's
	 * language; or {@code null} for other entries and for older ones, which kept no note.
	 */
	public List<String> labelChanges(AuditEntry entry) {
		boolean labelled = entry.getAction() == AuditAction.THEMES_CHANGED
				|| entry.getAction() == AuditAction.STAKEHOLDER_GROUPS_CHANGED;
		String note = entry.getNote();
		return (labelled && note != null && LABEL_CHANGES.matcher(note).matches()) ? List.of(note.split(" ")) : null;
	}

	private static final Pattern LABEL_CHANGES = Pattern
		.compile("(ADDED|RENAMED|RETIRED|REACTIVATED|UNCHANGED)( (RENAMED|RETIRED|REACTIVATED))*");

	/**
	 * A change of moderation settings, to be described in the reader's language; or
	 * {@code null} for other entries.
	 */
	public SettingsNote settings(AuditEntry entry) {
		return (entry.getAction() == AuditAction.MODERATION_SETTINGS_CHANGED) ? SettingsNote.parse(entry.getNote())
				: null;
	}

	/**
	 * The settings a change of moderation settings saved, as its note keeps them
	 * ({@code premoderate=3, auto-hide=5, public-log=true}).
	 */
	public record SettingsNote(int premoderate, int autoHide, boolean publicLog) {

		private static final Pattern NOTE = Pattern
			.compile("premoderate=(\\d{1,3}), auto-hide=(\\d{1,3}), public-log=(true|false)");

		static SettingsNote parse(String note) {
			Matcher m = (note != null) ? NOTE.matcher(note) : null;
			return (m != null && m.matches()) ? new SettingsNote(Integer.parseInt(m.group(1)),
					Integer.parseInt(m.group(2)), Boolean.parseBoolean(m.group(3))) : null;
		}

	}

}
