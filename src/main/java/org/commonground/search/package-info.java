/**
 * Full-text search (issue #20, QUALITY.md P6): {@code GET /search} over dialogues,
 * challenges, comments, vision paragraphs, resources, map actors and published meeting
 * minutes, and their translations, with filters and highlighted snippets. Public face:
 * {@link org.commonground.search.SearchService}.
 *
 * <p>
 * <b>One search table kept by triggers.</b> The texts live in {@code search_entry} (one
 * row per item and language: the original's, and one per translation with
 * {@code translation} set, V100), created in migration V90. Triggers on the indexed
 * tables call the module's SQL functions {@code search_index} and {@code search_unindex}
 * in the same transaction as every write, so the index can never lag, and no module
 * changes its Java code or writes another module's tables: the owners' tables are only
 * read by the trigger functions, and only the search module's functions write
 * {@code search_entry}. Generated columns on each table were the other choice; they would
 * have put search columns in six modules' tables and made one query a six-way union. See
 * docs/adr/0013-search-table-kept-by-triggers.md.
 *
 * <p>
 * <b>Languages.</b> Each text is indexed with the configuration of its language:
 * {@code cg_en}, {@code cg_fr}, {@code cg_es}, {@code cg_pt} (unaccent, then the
 * language's stemmer) and {@code cg_sw} (unaccent and the {@code simple} dictionary, with
 * {@code pg_trgm} word similarity for misspellings and partial words). Comments and
 * challenges are indexed in their recorded language, dialogues, vision paragraphs and map
 * actors in the dialogue's original language, resources in their first listed language,
 * translations in theirs.
 *
 * <p>
 * <b>Access.</b> Only dialogues the viewer may read are searched (asked of the dialogue
 * module); hidden, deleted and pending items, comments under hidden challenges, and
 * unpublished texts (vision drafts, minutes not yet published, SMS inbox items) are never
 * indexed as visible. A translation's row carries its original's visibility, copied again
 * whenever the original is re-indexed, so it is hidden with it.
 *
 * <p>
 * <b>Extension point.</b> Another module adds its texts (the meeting module's minutes,
 * kind {@code MEETING_MINUTES}) with a trigger in its own migration that calls
 * {@code search_index(kind, id, dialogue_id, language, title, body, group_id, path,
 * visible, created_at)} on insert and update and {@code search_unindex(kind, id)} on
 * delete, and {@code search_index_translation} for other languages, as migration V101
 * does for the meeting module's minutes (kind {@code MEETING_MINUTES}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "account", "dialogue", "shared" })
package org.commonground.search;
