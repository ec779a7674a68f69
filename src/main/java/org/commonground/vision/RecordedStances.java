package org.commonground.vision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.persistence.SqlArrays;
import org.commonground.shared.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate jdbcTemplate;

	private final Clock clock;

	RecordedStances(DialogueAccess access, VisionRepository visions, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			Clock clock) {
		this.access = access;
		this.visions = visions;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	/**
	 * One show of hands of a batch.
	 *
	 * @param people how many agree, can live with it and disagree
	 * @param formToken one per row, so that the same row never records twice
	 */
	public record Show(String paragraphKey, long groupId, StanceCounts people, boolean weighted, LocalDate on,
			String formToken) {
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
		requireOpen(view);
		DraftVersion version = newest(view);
		check(version, paragraphKey, people);
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

	/**
	 * Records a batch of shows of hands (a sheet of workshop cards) on paragraphs of the
	 * newest version in one statement, each checked as {@link #record} checks it; rows
	 * recorded before (same form token) are left as they are.
	 * @return the ids of the new records, by form token
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 * @throws VisionRuleException as {@link #record} does, for the first row at fault
	 */
	@Transactional
	public Map<String, Long> recordAll(String slug, AccountPrincipal facilitator, List<Show> shows) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		Map<String, Long> byToken = new HashMap<>();
		if (shows.isEmpty()) {
			return byToken;
		}
		DraftVersion version = newest(view);
		for (Show show : shows) {
			check(version, show.paragraphKey(), show.people());
		}
		SqlArrays.query(this.jdbcTemplate, (rs, n) -> byToken.put(rs.getString(2), rs.getLong(1)), """
				insert into vision_recorded_stance (version_id, paragraph_key, stakeholder_group_id, agree,
				    can_live_with, disagree, weighted, recorded_on, recorded_at, form_token)
				select ?, u.key, u.grp, u.agree, u.live, u.disagree, u.weighted, u.day, ?, u.token
				from unnest(?, ?, ?, ?, ?, ?, ?, ?) as u(key, grp, agree, live, disagree, weighted, day, token)
				order by u.token
				on conflict (version_id, form_token) do nothing returning id, form_token""", version.getId(),
				Timestamp.from(this.clock.instant()),
				SqlArrays.of("text", shows.stream().map(Show::paragraphKey).toList()),
				SqlArrays.of("bigint", shows.stream().map(Show::groupId).toList()),
				SqlArrays.of("int", shows.stream().map((s) -> (int) s.people().agree()).toList()),
				SqlArrays.of("int", shows.stream().map((s) -> (int) s.people().canLiveWith()).toList()),
				SqlArrays.of("int", shows.stream().map((s) -> (int) s.people().disagree()).toList()),
				SqlArrays.of("boolean", shows.stream().map(Show::weighted).toList()),
				SqlArrays.of("date", shows.stream().map((s) -> java.sql.Date.valueOf(s.on())).toList()),
				SqlArrays.of("text", shows.stream().map(Show::formToken).toList()));
		return byToken;
	}

	private DraftVersion newest(DialogueView view) {
		return this.visions.findVersion(view.dialogue().getId(), 0)
			.orElseThrow(() -> new VisionRuleException("recorded.error.paragraph"));
	}

	private static void check(DraftVersion version, String paragraphKey, StanceCounts people) {
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
	}

	/** The number of the newest version, which stances are recorded on. */
	public int newestVersion(DialogueView view) {
		return this.visions.findVersion(view.dialogue().getId(), 0).map(DraftVersion::getNumber).orElse(0);
	}

	/** Nobody sets stances in a dialogue that is not open, not even through a meeting. */
	private static void requireOpen(DialogueView view) {
		if (!view.dialogue().isOpen()) {
			throw new VisionRuleException("vision.error.dialogue-closed");
		}
	}

}
