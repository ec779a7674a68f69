package org.commonground.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams a dialogue's contributions from the {@code export_contribution} view through a
 * database cursor, a fixed number of rows at a time, so that memory stays the same for a
 * hundred rows or a million. Parents come before their replies (rows are ordered by kind,
 * then id). Must run inside a transaction (the cursor needs one).
 */
@Component
class ContributionRows {

	/** Stands for the participant's number in the message, replaced row by row. */
	private static final String NUMBER = "\u0000";

	/** Rows fetched per round trip. */
	static final int FETCH_SIZE = 2000;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	ContributionRows(DataSource dataSource, MessageSource messages) {
		this.messages = messages;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	/** Every row, parents before replies: by kind, then id (the CSV's order). */
	void each(ExportRequest request, Consumer<ContributionRow> consumer) {
		query(request, "e.sort_group, e.id", consumer);
	}

	/**
	 * Every row in tree order: each challenge followed by its comments depth first, then
	 * the draft comments by version and paragraph, depth first (the JSON's order).
	 */
	void eachInTreeOrder(ExportRequest request, Consumer<ContributionRow> consumer) {
		query(request, """
				e.sort_group = 2, coalesce(e.challenge_id, 0), e.type <> 'CHALLENGE', e.version, e.paragraph_key,
				coalesce(e.grandparent_id, e.parent_id, e.id),
				case e.depth when 0 then 0 when 1 then e.id else e.parent_id end,
				case e.depth when 2 then e.id else 0 end""", consumer);
	}

	private void query(ExportRequest request, String order, Consumer<ContributionRow> consumer) {
		ExportOptions options = request.options();
		boolean includeHidden = options.includeHidden();
		boolean identities = options.identities();
		// Authors are numbered by their first contribution in the whole dialogue, so that
		// "Participant 17" is the same person in every export of it, whatever the
		// filters. Hidden and held challenges leave with their comments unless asked for.
		String sql = """
				with participants as (
				  select author_id, row_number() over (order by min(created_at), author_id) as n
				  from export_contribution where dialogue_id = ? group by author_id
				)
				select e.type, e.id, e.parent_id, e.challenge_id, e.version, e.paragraph_key, e.created_at,
				       e.author_group_code, coalesce(e.author_group_labels ->> ?, e.author_group_labels ->> 'en'), p.n,
				       %s, e.title, e.text, e.status, e.visibility, e.endorsements, e.disposition,
				       e.disposition_reason, e.depth, e.language, e.recorded_for, e.recorded_on,
				       coalesce(e.recorded_checked, false), e.recorded_meeting, e.recorded_channel,
				       coalesce(e.recorded_weighted, false), t.language, t.title, t.text,
				       coalesce(t.out_of_date, false), e.merged_into, e.landed_version
				from export_contribution e
				join participants p on p.author_id = e.author_id
				-- The translation into the export's language, if any (ADR 0008's second view).
				left join export_translation t
				       on t.kind = case e.type when 'CHALLENGE' then 'CHALLENGE' else 'COMMENT' end
				      and t.id = e.id and t.language = ?
				where e.dialogue_id = ? and (? or e.challenge_visibility = 'VISIBLE')
				  and e.created_at >= ? and e.created_at < ?
				order by %s""".formatted(identities ? "e.author_name" : "null", order);
		// The period's days are the dialogue's, as every date its pages show.
		java.time.ZoneId zone = request.dialogue().getTimeZone();
		Timestamp from = Timestamp
			.from((options.from() != null) ? options.from().atStartOfDay(zone).toInstant() : java.time.Instant.EPOCH);
		Timestamp to = Timestamp.from((options.to() != null) ? options.to().plusDays(1).atStartOfDay(zone).toInstant()
				: java.time.Instant.parse("9999-01-01T00:00:00Z"));
		long dialogueId = request.dialogue().getId();
		// "Participant 17" in the export's language: the message once, the number per
		// row.
		String[] participant = this.messages.getMessage("export.participant", new Object[] { NUMBER }, request.locale())
			.split(java.util.regex.Pattern.quote(NUMBER), 2);
		this.jdbc.query(sql, (ResultSet rs) -> {
			consumer.accept(row(rs, includeHidden, identities, participant));
		}, dialogueId, request.locale().getLanguage(), request.locale().getLanguage(), dialogueId, includeHidden, from,
				to);
	}

	private static ContributionRow row(ResultSet rs, boolean includeHidden, boolean identities, String[] participant)
			throws SQLException {
		String visibility = rs.getString(15);
		boolean shown = "VISIBLE".equals(visibility) || includeHidden;
		String author = identities ? rs.getString(11)
				: participant[0] + rs.getLong(10) + ((participant.length > 1) ? participant[1] : "");
		return new ContributionRow(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
				(Long) rs.getObject(4, Long.class), (Integer) rs.getObject(5, Integer.class), rs.getString(6),
				rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), author, rs.getString(12),
				shown ? rs.getString(13) : null, rs.getString(14), visibility,
				(Integer) rs.getObject(16, Integer.class), rs.getString(17), rs.getString(18), rs.getInt(19),
				rs.getString(20), recorded(rs), shown ? translation(rs) : null, (Long) rs.getObject(31, Long.class),
				(Integer) rs.getObject(32, Integer.class));
	}

	/**
	 * The translation, when the text itself is exported: none for a deleted comment, or a
	 * hidden or held one unless hidden texts were asked for.
	 */
	private static ContributionRow.Translation translation(ResultSet rs) throws SQLException {
		String language = rs.getString(27);
		if (language == null || "DELETED".equals(rs.getString(14)) || rs.getString(13) == null
				|| rs.getString(13).isEmpty()) {
			return null;
		}
		String title = rs.getString(28);
		String text = rs.getString(29);
		return (title == null && text == null) ? null
				: new ContributionRow.Translation(language, title, text, rs.getBoolean(30));
	}

	private static ContributionRow.Recorded recorded(ResultSet rs) throws SQLException {
		Integer people = rs.getObject(21, Integer.class);
		if (people == null) {
			return null;
		}
		return new ContributionRow.Recorded(rs.getString(24), rs.getString(25), people, rs.getBoolean(26),
				rs.getObject(22, java.time.LocalDate.class), rs.getBoolean(23));
	}

}
