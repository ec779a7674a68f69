package org.commonground.search;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueService;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search across the dialogues a viewer may read. The module's public face.
 *
 * <p>
 * Reads {@code search_entry}, which triggers keep in step with the indexed tables (see
 * the package documentation). Which dialogues the viewer may read is asked of the
 * dialogue module ({@link DialogueService#readableIds}); hidden, deleted and pending
 * items and the comments of hidden challenges are never shown, to anyone.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final int PAGE_SIZE = 20;

	/** The most matches ranked and counted for one query. */
	public static final int MAX_MATCHES = 1000;

	/**
	 * How many of the newest entries are looked through first for the MAX_MATCHES matches
	 * of common words (see {@link #find}).
	 */
	static final int RECENT_ENTRIES = 30_000;

	/** The most texts holding all the words of a phrase that are read to check it. */
	public static final int MAX_PHRASE_CANDIDATES = 2_000;

	private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippets.START + "\", StopSel=\"" + Snippets.STOP
			+ "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final JdbcClient jdbc;

	private final DialogueService dialogues;

	private final StakeholderGroupService groups;

	SearchService(JdbcClient jdbc, DialogueService dialogues, StakeholderGroupService groups) {
		this.jdbc = jdbc;
		this.dialogues = dialogues;
		this.groups = groups;
	}

	/** Most near words looked up for one query word. */
	static final int NEAR_WORDS = 5;

	/**
	 * A tsquery (in the {@code simple} configuration's syntax) that needs, for each query
	 * word, one of the Swahili words nearest to it by trigram similarity; null when a
	 * word has none (or there are no words), so that the trigram path finds nothing more.
	 */
	String nearWords(List<String> words) {
		if (words.isEmpty()) {
			return null;
		}
		Map<String, List<String>> near = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT q.word AS query, s.word FROM unnest(CAST(:words AS text[])) AS q(word)
				CROSS JOIN LATERAL (SELECT w.word FROM search_word w WHERE w.word % unaccent(q.word)
				                    ORDER BY w.word <-> unaccent(q.word) LIMIT :n) s""")
			.param("words", words.toArray(String[]::new))
			.param("n", NEAR_WORDS)
			.query((rs, n) -> near.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		if (near.size() < words.size()) {
			return null;
		}
		StringBuilder query = new StringBuilder();
		for (List<String> alternatives : near.values()) {
			query.append(query.isEmpty() ? "(" : " & (");
			for (int i = 0; i < alternatives.size(); i++) {
				query.append((i == 0) ? "" : " | ")
					.append('\'')
					.append(alternatives.get(i).replace("'", "''"))
					.append('\'');
			}
			query.append(')');
		}
		return query.toString();
	}

	/** The query's words for trigram matching: letters and digits, at most eight. */
	static List<String> trigramWords(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3 && words.size() < 8 && !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * The search page: a page of results and the dialogues the viewer may search in, from
	 * one reading of the dialogues they may read, their titles in the reader's language
	 * where the dialogue is translated into it.
	 * @param language the reader's language
	 */
	public SearchPage page(SearchQuery query, AccountPrincipal viewer, String language) {
		List<Long> readable = this.dialogues.readableIds(viewer);
		Map<String, String> titles = dialogueTitles(readable, language);
		SearchResults results = search(query, readable);
		return new SearchPage(results.withDialogueTitles(titles), titles);
	}

	/**
	 * The dialogues the viewer may search in, by slug, with their titles in the language
	 * (else the original), in the order of those titles.
	 */
	private Map<String, String> dialogueTitles(List<Long> readable, String language) {
		Map<String, String> titles = new LinkedHashMap<>();
		this.dialogues.byIds(readable)
			.values()
			.stream()
			.map((d) -> Map.entry(d.getSlug(), d.text(language).getTitle()))
			.sorted((a, b) -> a.getValue().compareToIgnoreCase(b.getValue()))
			.forEach((e) -> titles.put(e.getKey(), e.getValue()));
		return titles;
	}

	/**
	 * A page of results in the dialogues of {@code readable}; none for an empty or too
	 * short query.
	 */
	private SearchResults search(SearchQuery query, List<Long> readable) {
		if (query.empty() || query.tooShort()) {
			return SearchResults.none(query, PAGE_SIZE);
		}
		String text = query.trimmed();
		if (text.length() > SearchQuery.MAX_LENGTH) {
			text = text.substring(0, SearchQuery.MAX_LENGTH);
		}
		if (readable.isEmpty()) {
			return SearchResults.none(query, PAGE_SIZE);
		}
		// The trigram path (Swahili misspellings, partial words) is costly over many
		// rows: it runs when the stems find less than a page, or for Swahili only. Where
		// no query word has a near Swahili word, the trigram path would only run the same
		// query again: it is skipped.
		boolean swahiliOnly = "sw".equals(query.language());
		SearchResults found = find(query, text, readable, swahiliOnly ? nearWords(trigramWords(text)) : null);
		// A phrase in quotation marks asks for those words as written: no near words.
		if (!swahiliOnly && found.total() < PAGE_SIZE && (query.language() == null || query.language().isBlank())
				&& text.indexOf('"') < 0) {
			String near = nearWords(trigramWords(text));
			if (near != null) {
				found = find(query, text, readable, near);
			}
		}
		return found;
	}

	/**
	 * One page of results.
	 * @param near the Swahili words near the query's (see {@link #nearWords}), or
	 * {@code null} for the full-text path alone
	 */
	private SearchResults find(SearchQuery query, String text, List<Long> readable, String near) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", text);
		params.put("readable", readable.toArray(Long[]::new));
		StringBuilder where = new StringBuilder("e.visible AND e.container_visible AND e.dialogue_id = ANY(:readable)");
		List<String> languages = SupportedLanguages.CODES;
		if (query.language() != null && SupportedLanguages.isSupported(query.language())) {
			where.append(" AND e.language = :language");
			params.put("language", query.language());
			languages = List.of(query.language());
		}
		if (query.dialogue() != null && !query.dialogue().isBlank()) {
			// By id, so that the condition reads the entry alone (see "recent" below).
			where.append(" AND e.dialogue_id = (SELECT id FROM dialogue WHERE slug = :slug)");
			params.put("slug", query.dialogue());
		}
		if (query.kind() != null) {
			where.append(" AND e.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.group() != null && !query.group().isBlank()) {
			long groupId = this.groups.findActive(query.group()).map(StakeholderGroup::getId).orElse(-1L);
			// An erased author's group withheld on the pages is not found by its filter
			// either (the same rule, AuthorLabelPolicy).
			where.append(" AND e.group_id = :groupId"
					+ " AND NOT search_group_withheld(e.kind, e.source_id, e.dialogue_id, :fewestToNameAGroup)");
			params.put("groupId", groupId);
			params.put("fewestToNameAGroup", AuthorLabelPolicy.FEWEST_TO_NAME_A_GROUP);
		}
		if (query.from() != null) {
			where.append(" AND e.created_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (query.to() != null) {
			where.append(" AND e.created_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		// Swahili has no stemmer: misspellings and partial words ("madinni" finds
		// "madini") are found through the Swahili words nearest to each query word by
		// trigram similarity (search_word, V97); every query word must then match one of
		// its near words, looked up in the full-text index like any query.
		// The query is a parameter of the condition rather than read from x, so that the
		// planner sees its words (the index's statistics).
		boolean phrase = text.indexOf('"') >= 0;
		// The query's words as each language's configuration reads them (a text matches
		// in the language it is written in), the distinct alternatives OR-ed into one
		// tsquery, made once here rather than in each part of the statement below; null
		// when every configuration drops all the words (stop words). With it, the
		// settings of the statement: plans for this query's words, and no sequential read
		// of the whole table (the index or the newest entries, see "recent" below).
		String tsquery = this.jdbc.sql("""
				SELECT set_config('plan_cache_mode', 'force_custom_plan', true),
				       set_config('enable_seqscan', :seqscan, true),
				       (SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')
				          FROM (SELECT websearch_to_tsquery(search_config(l), :q) AS q
				                  FROM unnest(CAST(:languages AS text[])) AS l) s
				         WHERE numnode(q) > 0) AS query""")
			.param("seqscan", phrase ? "on" : "off")
			.param("q", text)
			.param("languages", languages.toArray(String[]::new))
			.query((rs, n) -> rs.getString("query"))
			.optional()
			.orElse(null);
		if (tsquery == null && near == null) {
			return SearchResults.none(query, PAGE_SIZE);
		}
		if (tsquery != null) {
			params.put("tsquery", tsquery);
		}
		String typedWords = (tsquery != null) ? "CAST(:tsquery AS tsquery)" : "to_tsquery('simple', :near)";
		String words = (tsquery != null && near != null) ? "(" + typedWords + " || to_tsquery('simple', :near))"
				: typedWords;
		String match = "e.document @@ " + words;
		String loose = "e.document @@ regexp_replace(" + words + "::text, '<(-|[0-9]+)>', '&', 'g')::tsquery";
		String rank = "ts_rank_cd(e.document, " + words + ")";
		if (near != null) {
			params.put("near", near);
		}
		params.put("limit", PAGE_SIZE);
		params.put("offset", Math.max(0, query.page()) * PAGE_SIZE);
		// At most MAX_MATCHES matches are ranked: a word found in half of a million
		// comments would otherwise rank them all on every page (the page then says "more
		// than 1,000 results"; narrowing with more words or filters is the answer).
		params.put("cap", MAX_MATCHES + 1);
		// A phrase ("gold price") cannot be checked in the index: every text holding all
		// its words is read to check their order. Common words would make that every
		// other text, so the phrase is checked in at most MAX_PHRASE_CANDIDATES texts
		// holding its words (the page says so when there were more).
		if (phrase) {
			params.put("candidates", MAX_PHRASE_CANDIDATES);
		}
		String columns = "e.id, e.kind, e.language, e.translation, e.title, e.body, e.path, e.created_at, e.document,"
				+ " d.slug, d.title AS dialogue_title";
		String matched;
		if (phrase) {
			matched = """
					candidates AS (
					    SELECT %s
					      FROM search_entry e JOIN dialogue d ON d.id = e.dialogue_id
					     WHERE %s AND %s
					     LIMIT :candidates),
					matched AS (
					    SELECT e.*
					      FROM candidates e
					     WHERE %s
					     LIMIT :cap),
					""".formatted(columns, where, loose, match);
		}
		else {
			// Common words: the newest RECENT_ENTRIES entries are read first (newest
			// first, through the primary key), and when they hold MAX_MATCHES matches
			// those are ranked, read in a few milliseconds: the newest matches, as the
			// page then says (the order of the read, kept by the ORDER BY without a
			// sort). Otherwise the words are rare
			// among the newest entries and the index finds the matches among all of them.
			// The planner cannot choose between the two itself: it estimates how many
			// texts hold several words by multiplying the words' frequencies, which words
			// that go together (mercury and retort) defeat by a factor of three, and
			// words of two languages (gold dhahabu) the other way, into a read of the
			// whole table.
			params.put("recent", RECENT_ENTRIES);
			matched = """
					recent AS (
					    SELECT %1$s
					      FROM (SELECT e.*
					              FROM (SELECT * FROM search_entry ORDER BY id DESC LIMIT :recent) e
					             WHERE %2$s AND %3$s
					             ORDER BY e.id DESC
					             LIMIT :cap) e
					      JOIN dialogue d ON d.id = e.dialogue_id),
					enough AS (SELECT count(*) >= :cap AS found FROM recent),
					older AS (
					    SELECT %1$s
					      FROM search_entry e JOIN dialogue d ON d.id = e.dialogue_id
					     WHERE %2$s AND %3$s AND NOT (SELECT found FROM enough)
					     LIMIT :cap),
					matched AS (
					    SELECT * FROM recent WHERE (SELECT found FROM enough)
					    UNION ALL
					    SELECT * FROM older),
					""".formatted(columns, where, match);
		}
		String sql = """
				WITH x AS (SELECT %s AS query),
				%s
				found AS (
				    SELECT e.*, %s AS score, count(*) OVER () AS total
				      FROM matched e, x
				     ORDER BY score DESC, e.created_at DESC, e.id DESC
				     LIMIT :limit OFFSET :offset)
				SELECT f.kind, f.language, f.translation, f.title, f.path, f.created_at, f.slug, f.dialogue_title, f.total,
				       %s AS checked, %s AS newest,
				       ts_headline(search_config(f.language), f.body, x.query, '%s') AS snippet,
				       left(f.body, %d) AS body_start
				  FROM x LEFT JOIN found f ON TRUE
				 ORDER BY f.score DESC, f.created_at DESC, f.id DESC
				"""
			.formatted(typedWords, matched, rank, phrase ? "(SELECT count(*) FROM candidates)" : "0",
					phrase ? "false" : "(SELECT found FROM enough)", HEADLINE_OPTIONS.replace("'", "''"),
					Snippets.START_COMPARED);
		List<SearchHit> hits = new ArrayList<>();
		long[] total = { 0, 0 };
		boolean[] newest = { false };
		String typed = text;
		this.jdbc.sql(sql).params(params).query((rs, n) -> {
			// One row with no result when nothing matched (it carries how many were
			// checked).
			total[1] = rs.getLong("checked");
			newest[0] = rs.getBoolean("newest");
			if (rs.getString("kind") == null) {
				return null;
			}
			total[0] = rs.getLong("total");
			String slug = rs.getString("slug");
			hits.add(new SearchHit(SearchKind.valueOf(rs.getString("kind")), slug, rs.getString("dialogue_title"),
					rs.getString("title"), Snippets.toHtml(rs.getString("snippet"), typed, rs.getString("body_start")),
					"/dialogues/" + slug + rs.getString("path"), rs.getString("language"), rs.getBoolean("translation"),
					rs.getTimestamp("created_at").toInstant()));
			return null;
		}).list();
		if (hits.isEmpty() && query.page() > 0) {
			// Past the last page: count without a page to say how many there are.
			return new SearchResults(query, hits, 0, PAGE_SIZE, false, false);
		}
		return new SearchResults(query, hits, total[0], PAGE_SIZE, total[1] >= MAX_PHRASE_CANDIDATES, newest[0]);
	}

}
