package org.commonground.notification;

import java.util.List;
import java.util.Map;

import org.commonground.challenge.ChallengeTranslations;

import org.springframework.stereotype.Component;

/**
 * Names the challenges that notifications are about in a reader's language: a
 * notification keeps the title a challenge had when it was sent, and where facilitators
 * translated the title into the reader's language, the inbox and the emails show that
 * translation instead.
 */
@Component
class ChallengeTitles {

	/** The page of a challenge, where a notification about one leads. */
	private static final java.util.regex.Pattern CHALLENGE_PATH = java.util.regex.Pattern
		.compile("/dialogues/[^/]+/challenges/(\\d+)");

	private final ChallengeTranslations translations;

	ChallengeTitles(ChallengeTranslations translations) {
		this.translations = translations;
	}

	/**
	 * The entries about a challenge named by its title translated into the reader's
	 * language where a facilitator translated it (one statement), else as notified.
	 */
	List<InboxEntry> inLanguage(List<InboxEntry> entries, String language) {
		List<Long> challengeIds = entries.stream()
			.map(ChallengeTitles::challengeOf)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		if (challengeIds.isEmpty()) {
			return entries;
		}
		Map<Long, String> titles = this.translations.translatedTitles(challengeIds, language);
		return entries.stream().map((entry) -> {
			Long id = challengeOf(entry);
			String title = (id != null) ? titles.get(id) : null;
			return (title == null) ? entry : entry.withSubject(title);
		}).toList();
	}

	/**
	 * The entries about a challenge, for their reader's inbox: each named by the
	 * challenge's title now, in the reader's language where a facilitator translated it,
	 * with the language it is in (one statement, the settings page's
	 * {@link ChallengeTranslations#refs(java.util.Collection, String, long)}); an entry
	 * about a challenge it does not find keeps its stored subject.
	 */
	List<InboxEntry> forReader(List<InboxEntry> entries, String language, long readerId) {
		List<Long> challengeIds = entries.stream()
			.map(ChallengeTitles::challengeOf)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		if (challengeIds.isEmpty()) {
			return entries;
		}
		Map<Long, org.commonground.challenge.ChallengeRef> refs = this.translations.refs(challengeIds, language,
				readerId);
		return entries.stream().map((entry) -> {
			Long id = challengeOf(entry);
			org.commonground.challenge.ChallengeRef ref = (id != null) ? refs.get(id) : null;
			return (ref == null) ? entry : entry.withSubject(ref.title(), ref.language());
		}).toList();
	}

	/** The challenge a notification names by its title, or null. */
	private static Long challengeOf(InboxEntry entry) {
		if (entry.kind() == null || !entry.kind().startsWith("CHALLENGE_") || entry.subject() == null
				|| entry.subject().isEmpty()) {
			return null;
		}
		java.util.regex.Matcher m = CHALLENGE_PATH.matcher(entry.path());
		return m.matches() ? Long.valueOf(m.group(1)) : null;
	}

}
