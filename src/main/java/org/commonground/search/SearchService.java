package org.commonground.search;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueText;
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
	 * The last page that can hold results: a query ranks at most {@link #MAX_MATCHES}
	 * matches (a larger page number, as in a hand-made link, is this one, past the last
	 * page).
	 */
	public static final int LAST_PAGE = MAX_MATCHES / PAGE_SIZE;

	/**
	 * A tsquery that needs each query word: a word that some text the viewer may read
	 * holds as typed (in any language's reading of it) is needed as typed; a word no text
	 * holds, one of the Swahili words nearest to it by trigram similarity (search_word,
	 * V97). Null when there is nothing to loosen: no words, every word found as typed
	 * (the full-text search has already found what there is), or a word with no near
	 * word. So near words stand only for misspelt or partial words, never for words that
	 * were found.
	 * @param words the query's words (see {@link #trigramWords}), excluded words left out
	 * @param language the language filter, or null
	 */
	String nearWords(List<String> words, List<Long> readable, String language) {
		if (words.isEmpty()) {
			return null;
		}
		List<String> languages = (language != null) ? List.of(language) : SupportedLanguages.CODES;
		List<String> parts = new ArrayList<>();
		boolean[] loosened = { false, false };
		// The settings first, in a statement of their own (they apply to the plans of
		// the next ones). Sequential reads stay off: a misspelt word, held by no text,
		// made
		// a sequential read go through the whole table (2.3 s over 1,000,000 comments,
		// docs/benchmarks.md, 2026-12-07), where the GIN index answers at once; a common
		// word costs a bitmap of its texts instead.
		this.jdbc.sql(
				"SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
			.query((rs, n) -> null)
			.list();
		this.jdbc.sql("""
				SELECT s.word, s.query, s.found,
				       CASE WHEN s.found THEN NULL
				            ELSE ARRAY(SELECT w.word FROM search_word w WHERE w.word %% unaccent(s.word)
				                        ORDER BY w.word <-> unaccent(s.word) LIMIT :n) END AS near
				  FROM (SELECT q.word, q.i, t.query,
				               t.query IS NULL OR EXISTS (
				                   SELECT 1 FROM search_entry e
				                    WHERE e.visible AND e.container_visible AND e.dialogue_id = ANY(:readable)
				                      %s AND e.document @@ CAST(t.query AS tsquery)) AS found
				          FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS q(word, i)
				          CROSS JOIN LATERAL (
				              SELECT string_agg(DISTINCT '(' || l.q::text || ')', ' | ') AS query
				                FROM (SELECT websearch_to_tsquery(search_config(c), q.word) AS q
				                        FROM unnest(CAST(:languages AS text[])) AS c) l
				               WHERE numnode(l.q) > 0) t) s
				 ORDER BY s.i""".formatted((language != null) ? "AND e.language = :language" : ""))
			.param("words", words.toArray(String[]::new))
			.param("readable", readable.toArray(Long[]::new))
			.param("language", (language != null) ? language : "")
			.param("languages", languages.toArray(String[]::new))
			.param("n", NEAR_WORDS)
			.query((rs, n) -> {
				String query = rs.getString("query");
				if (rs.getBoolean("found")) {
					// A stop word in every language (query null) needs nothing.
					if (query != null) {
						parts.add("(" + query + ")");
					}
					return null;
				}
				loosened[0] = true;
				java.sql.Array near = rs.getArray("near");
				String[] alternatives = (near != null) ? (String[]) near.getArray() : new String[0];
				if (alternatives.length == 0) {
					loosened[1] = true;
					return null;
				}
				StringBuilder part = new StringBuilder("(");
				for (int i = 0; i < alternatives.length; i++) {
					part.append((i == 0) ? "" : " | ")
						.append('\'')
						.append(alternatives[i].replace("'", "''"))
						.append('\'');
				}
				parts.add(part.append(')').toString());
				return null;
			})
			.list();
		if (!loosened[0] || loosened[1] || parts.isEmpty()) {
			return null;
		}
		return String.join(" & ", parts);
	}

	/**
	 * The query's words for trigram matching: letters and digits, at most eight; words
	 * excluded with a minus ({@code -banda}), words in quotation marks and the {@code or}
	 * operator are left out.
	 */
	static List<String> trigramWords(String text) {
		List<String> words = new ArrayList<>();
		for (String token : tokens(text)) {
			if (token.startsWith("-") || token.startsWith("\"") || token.equalsIgnoreCase("or")) {
				continue;
			}
			for (String word : token.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 3 && words.size() < 8 && !words.contains(word)) {
					words.add(word);
				}
			}
		}
		return words;
	}

	/**
	 * What the query excludes with a minus ({@code -banda}, {@code -"gold price"}), as
	 * one query of alternatives in web search syntax ({@code banda or "gold price"});
	 * null when it excludes nothing.
	 */
	static String excluded(String text) {
		List<String> excluded = new ArrayList<>();
		for (String token : tokens(text)) {
			if (token.length() > 1 && token.startsWith("-")) {
				String word = token.substring(1);
				if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
					excluded.add(word);
				}
			}
		}
		return excluded.isEmpty() ? null : String.join(" or ", excluded);
	}

	/**
	 * The query split at spaces outside quotation marks, a quoted part (with a minus
	 * before it, if any) kept as one token with its marks.
	 */
	static List<String> tokens(String text) {
		String normal = text.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u00AB', '"')
			.replace('\u00BB', '"');
		List<String> tokens = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			if (c == '"') {
				quoted = !quoted;
				token.append(c);
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (!token.isEmpty()) {
					tokens.add(token.toString());
					token.setLength(0);
				}
			}
			else {
				token.append(c);
			}
		}
		if (!token.isEmpty()) {
			tokens.add(token.toString());
		}
		return tokens;
	}

	/**
	 * The search page: a page of results and the dialogues the viewer may search in, from
	 * one reading of the dialogues they may read, their titles in the reader's language
	 * where the dialogue is translated into it.
	 * @param language the reader's language
	 */
	public SearchPage page(SearchQuery query, AccountPrincipal viewer, String language) {
		List<Long> readable = this.dialogues.readableIds(viewer);
		Map<String, DialogueText> titles = dialogueTitles(readable, language);
		SearchResults results = search(query, readable, language);
		Map<String, String> choices = new LinkedHashMap<>();
		titles.forEach((slug, text) -> choices.put(slug, text.getTitle()));
		return new SearchPage(results.withDialogueTitles(titles), choices);
	}

	/**
	 * The dialogues the viewer may search in, by slug, with their titles in the language
	 * (else the original), in the order of those titles.
	 */
	private Map<String, DialogueText> dialogueTitles(List<Long> readable, String language) {
		Map<String, DialogueText> titles = new LinkedHashMap<>();
		this.dialogues.byIds(readable)
			.values()
			.stream()
			.map((d) -> Map.entry(d.getSlug(), d.text(language)))
			.sorted((a, b) -> a.getValue().getTitle().compareToIgnoreCase(b.getValue().getTitle()))
			.forEach((e) -> titles.put(e.getKey(), e.getValue()));
		return titles;
	}

	/**
	 * A page of results in the dialogues of {@code readable}; none for an empty or too
	 * short query.
	 * @param reader the reader's language: an item found in several languages is shown in
	 * it
	 */
	private SearchResults search(SearchQuery query, List<Long> readable, String reader) {
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
		// rows: it runs when the stems find less than a page, or for Swahili only, and
		// only for the words no text holds as typed (see nearWords). A phrase in
		// quotation marks asks for those words as written: no near words.
		boolean swahiliOnly = "sw".equals(query.language());
		boolean phrase = text.indexOf('"') >= 0;
		SearchResults found = find(query, text, readable,
				(swahiliOnly && !phrase) ? nearWords(trigramWords(text), readable, "sw") : null, reader);
		if (!swahiliOnly && found.total() < PAGE_SIZE && (query.language() == null || query.language().isBlank())
				&& !phrase) {
			String near = nearWords(trigramWords(text), readable, null);
			if (near != null) {
				found = find(query, text, readable, near, reader);
			}
		}
		return found;
	}

	/**
	 * One page of results.
	 * @param near the Swahili words near the query's (see {@link #nearWords}), or
	 * {@code null} for the full-text path alone
	 */
	private SearchResults find(SearchQuery query, String text, List<Long> readable, String near, String reader) {
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
		String[] queries = this.jdbc.sql("""
				SELECT set_config('plan_cache_mode', 'force_custom_plan', true),
				       set_config('enable_seqscan', :seqscan, true),
				       (SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')
				          FROM (SELECT websearch_to_tsquery(search_config(l), :q) AS q
				                  FROM unnest(CAST(:languages AS text[])) AS l) s
				         WHERE numnode(q) > 0) AS query,
				       (SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')
				          FROM (SELECT websearch_to_tsquery(search_config(l), :excluded) AS q
				                  FROM unnest(CAST(:languages AS text[])) AS l) s
				         WHERE numnode(q) > 0) AS excluded""")
			.param("seqscan", phrase ? "on" : "off")
			.param("q", text)
			.param("excluded", Objects.requireNonNullElse(excluded(text), ""))
			.param("languages", languages.toArray(String[]::new))
			.query((rs, n) -> new String[] { rs.getString("query"), rs.getString("excluded") })
			.optional()
			.orElse(new String[2]);
		String tsquery = queries[0];
		if (tsquery == null && near == null) {
			return SearchResults.none(query, PAGE_SIZE);
		}
		if (tsquery != null) {
			params.put("tsquery", tsquery);
		}
		String typedWords = (tsquery != null) ? "CAST(:tsquery AS tsquery)" : "CAST(:near AS tsquery)";
		String words = (tsquery != null && near != null) ? "(" + typedWords + " || CAST(:near AS tsquery))"
				: typedWords;
		// Excluded words (-banda) exclude in every path: near words stand only for the
		// words asked for, and the whole query excludes what any language reads as the
		// excluded words.
		if (queries[1] != null) {
			params.put("excluded", queries[1]);
			words = "(" + words + " && !! CAST(:excluded AS tsquery))";
		}
		String match = "e.document @@ " + words;
		String loose = "e.document @@ regexp_replace(" + words + "::text, '<(-|[0-9]+)>', '&', 'g')::tsquery";
		String rank = "ts_rank_cd(e.document, " + words + ")";
		if (near != null) {
			params.put("near", near);
		}
		params.put("limit", PAGE_SIZE);
		// As a long: a page number from a hand-made link must not overflow (the form
		// keeps it to LAST_PAGE too).
		params.put("offset", (long) Math.min(Math.max(0, query.page()), LAST_PAGE) * PAGE_SIZE);
		params.put("reader", Objects.requireNonNullElse(reader, ""));
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
		String columns = "e.id, e.kind, e.source_id, e.language, e.translation, e.title, e.body, e.path, e.created_at,"
				+ " e.container_kind, e.container_id, e.document," + " d.slug, d.title AS dialogue_title";
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
		// One result per item: an item and its translations are one hit, shown in the
		// reader's language when a version in it matched, else in its best-ranked
		// version, and ranked by its best version; the counts count items. Only the at
		// most MAX_MATCHES + 1 matches are grouped, after they were found.
		// A comment is named by what it is on (its challenge's or resource's title, in
		// the comment's language where translated), read from the index for the page's
		// rows only.
		String sql = """
				WITH x AS (SELECT %s AS query),
				%s
				scored AS (
				    SELECT e.*, %s AS score FROM matched e),
				items AS (
				    SELECT DISTINCT ON (e.kind, e.source_id) e.*,
				           max(e.score) OVER (PARTITION BY e.kind, e.source_id) AS item_score
				      FROM scored e
				     ORDER BY e.kind, e.source_id, (e.language = :reader) DESC, e.score DESC, e.id DESC),
				found AS (
				    SELECT e.*
				      FROM items e
				     ORDER BY e.item_score DESC, e.created_at DESC, e.id DESC
				     LIMIT :limit OFFSET :offset)
				SELECT f.kind, f.language, f.translation, f.title, f.path, f.created_at, f.slug, f.dialogue_title,
				       (SELECT count(*) FROM items) AS total, (SELECT count(*) FROM matched) AS matches,
				       %s AS checked, %s AS newest,
				       ts_headline(search_config(f.language), f.body, x.query, '%s') AS snippet,
				       left(f.body, %d) AS body_start, right(f.body, %d) AS body_end, o.title AS on_title, o.language AS on_language
				  FROM x LEFT JOIN found f ON TRUE
				  LEFT JOIN LATERAL (
				      SELECT c.title, c.language FROM search_entry c
				       WHERE f.kind = 'COMMENT' AND c.kind = f.container_kind AND c.source_id = f.container_id
				         AND f.container_kind IN ('CHALLENGE', 'RESOURCE')
				       ORDER BY (c.language = f.language) DESC, c.translation, c.id
				       LIMIT 1) o ON TRUE
				 ORDER BY f.item_score DESC, f.created_at DESC, f.id DESC
				"""
			.formatted(words, matched, rank, phrase ? "(SELECT count(*) FROM candidates)" : "0",
					phrase ? "false" : "(SELECT found FROM enough)", HEADLINE_OPTIONS.replace("'", "''"),
					Snippets.START_COMPARED, Snippets.START_COMPARED);
		List<SearchHit> hits = new ArrayList<>();
		long[] total = { 0, 0, 0 };
		boolean[] newest = { false };
		String typed = text;
		this.jdbc.sql(sql).params(params).query((rs, n) -> {
			// One row with no result when nothing is on the page (it carries how many
			// were checked, and found: past the last page, the count is still known).
			total[0] = rs.getLong("total");
			total[1] = rs.getLong("checked");
			total[2] = rs.getLong("matches");
			newest[0] = rs.getBoolean("newest");
			if (rs.getString("kind") == null) {
				return null;
			}
			String slug = rs.getString("slug");
			hits.add(new SearchHit(SearchKind.valueOf(rs.getString("kind")), slug, rs.getString("dialogue_title"), null,
					rs.getString("title"),
					Snippets.toHtml(rs.getString("snippet"), typed, rs.getString("body_start"),
							rs.getString("body_end")),
					"/dialogues/" + slug + rs.getString("path"), rs.getString("language"), rs.getBoolean("translation"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("on_title"), rs.getString("on_language")));
			return null;
		}).list();
		return new SearchResults(query, hits, total[0], PAGE_SIZE, total[1] >= MAX_PHRASE_CANDIDATES, newest[0],
				total[2] > MAX_MATCHES);
	}

}
