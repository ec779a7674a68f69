/**
 * Full-text search (issue #20, QUALITY.md P6): {@code GET /search} over dialogues,
 * challenges, comments, vision paragraphs, resources and map actors, with filters and
 * highlighted snippets. Public face: {@link org.commonground.search.SearchService}.
 *
 * <p>
 * <b>One search table kept by triggers.</b> The texts live in {@code search_entry} (one
 * row per item and language, with a {@code language} column so that translations can be
 * indexed under their own language later), created in migration V90. Triggers on the
 * indexed tables call the module's SQL functions {@code search_index} and
 * {@code search_unindex} in the same transaction as every write, so the index can never
 * lag, and no module changes its Java code or writes another module's tables: the owners'
 * tables are only read by the trigger functions, and only the search module's functions
 * write {@code search_entry}. Generated columns on each table were the other choice; they
 * would have put search columns in six modules' tables and made one query a six-way
 * union. See docs/adr/0013-search-table-kept-by-triggers.md.
 *
 * <p>
 * <b>Languages.</b> Each text is indexed with the configuration of its language:
 * {@code cg_en}, {@code cg_fr}, {@code cg_es}, {@code cg_pt} (unaccent, then the
 * language's stemmer) and {@code cg_sw} (unaccent and the {@code simple} dictionary, with
 * {@code pg_trgm} word similarity for misspellings and partial words). Contributions do
 * not record their language yet (issue #15): comments and challenges take their author's
 * preferred language, dialogues, vision paragraphs and map actors their creator's or
 * publisher's, resources their first listed language.
 *
 * <p>
 * <b>Access.</b> Only dialogues the viewer may read are searched (asked of the dialogue
 * module); hidden, deleted and pending items, comments under hidden challenges, and
 * unpublished texts (vision drafts, SMS inbox items) are never indexed as visible.
 *
 * <p>
 * <b>Extension point.</b> Another module adds its texts (the meeting module's minutes,
 * kind {@code MEETING_MINUTES}) with a trigger in its own migration that calls
 * {@code search_index(kind, id, dialogue_id, language, title, body, group_id, path,
 * visible, created_at)} on insert and update and {@code search_unindex(kind, id)} on
 * delete; the kind's name is already in {@link org.commonground.search.SearchKind} and
 * the message bundle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "account", "dialogue", "shared" })
package org.commonground.search;
