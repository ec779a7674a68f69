package org.commonground.vision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stances on a paragraph of the newest vision version that a facilitator counted by a
 * show of hands in a room (issue 16): how many people of one stakeholder group agree, can
 * live with it or disagree. The common-ground view shows them beside the stances taken
 * online and counts them once per person where the facilitator said so (weighted), else
 * as one voice for their most common stance.
 */
@Service
public class RecordedStances {

	private final DialogueAccess access;

	private final VisionRepository visions;

	private final JdbcClient jdbc;

	private final Clock clock;

	RecordedStances(DialogueAccess access, VisionRepository visions, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.visions = visions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a show of hands on a paragraph of the newest version.
	 * @param people how many agree, can live with it and disagree
	 * @param formToken one per form, so that a second post records nothing
	 * @return the record's id (the same one for the same form token)
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 * @throws VisionRuleException for a paragraph that is not in the newest version (or
	 * is a heading), or no one or more than 10,000 people
	 */
	@Transactional
	public long record(String slug, AccountPrincipal facilitator, String paragraphKey, long groupId,
			StanceCounts people, boolean weighted, LocalDate on, String formToken) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		DraftVersion version = this.visions.findVersion(view.dialogue().getId(), 0)
			.orElseThrow(() -> new VisionRuleException("recorded.error.paragraph"));
		boolean known = version.getParagraphs()
			.stream()
			.anyMatch((p) -> p.getKey().equals(paragraphKey) && !p.isHeading());
		if (!known) {
			throw new VisionRuleException("recorded.error.paragraph");
		}
		if (people.agree() < 0 || people.canLiveWith() < 0 || people.disagree() < 0 || people.total() < 1
				|| people.total() > 10000) {
			throw new VisionRuleException("recorded.error.hands");
		}
		return this.jdbc.sql("""
				insert into vision_recorded_stance (version_id, paragraph_key, stakeholder_group_id, agree,
				    can_live_with, disagree, weighted, recorded_on, recorded_at, form_token)
				values (:versionId, :key, :groupId, :agree, :live, :disagree, :weighted, :on, :now, :token)
				on conflict (version_id, form_token) do nothing returning id""")
			.param("versionId", version.getId())
			.param("key", paragraphKey)
			.param("groupId", groupId)
			.param("agree", people.agree())
			.param("live", people.canLiveWith())
			.param("disagree", people.disagree())
			.param("weighted", weighted)
			.param("on", on)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("token", formToken)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc
				.sql("select id from vision_recorded_stance where version_id = :versionId and form_token = :token")
				.param("versionId", version.getId())
				.param("token", formToken)
				.query(Long.class)
				.single());
	}

	/** The number of the newest version, which stances are recorded on. */
	public int newestVersion(DialogueView view) {
		return this.visions.findVersion(view.dialogue().getId(), 0).map(DraftVersion::getNumber).orElse(0);
	}

}
