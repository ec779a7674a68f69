package org.commonground.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text exists in all five languages, and templates hold none of their
 * own.
 */
class MessageBundlesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	/**
	 * French bundles whose straight apostrophes are not yet typographic (edited elsewhere
	 * at the time of the check's introduction).
	 */
	private static final Set<String> STRAIGHT_APOSTROPHES_LEFT = Set.of();

	/** French bundles that still say "défi" (edited elsewhere at the time). */
	private static final Set<String> DEFI_LEFT = Set.of();

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(alt|title|aria-label|placeholder)=\"([^\"]*\\p{L}[^\"]*)\"");

	@ParameterizedTest
	@ValueSource(strings = { "fr", "sw", "es", "pt" })
	void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
		for (String bundle : bundles()) {
			everyKeyIsTranslated(bundle, language);
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		Matcher line = Pattern.compile("(?m)^    basename: (.*)$")
			.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
		assertThat(line.find()).as("spring.messages.basename in application.yml").isTrue();
		List<String> configured = List.of(line.group(1).strip().split("\\s*,\\s*"));
		for (String bundle : bundles()) {
			assertThat(configured).as("spring.messages.basename").contains("messages/" + bundle);
		}
	}

	/**
	 * The base names of the bundles: {@code messages} for what every page shares, one per
	 * module for its own texts (so that a module brings its texts with it).
	 */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static void everyKeyIsTranslated(String bundle, String language) throws IOException {
		Properties english = load("messages/" + bundle + ".properties");
		Properties translated = load("messages/" + bundle + "_" + language + ".properties");
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		assertThat(missing).as("keys missing in %s_%s", bundle, language).isEmpty();
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());
		assertThat(extra).as("keys only in %s_%s", bundle, language).isEmpty();
		for (String key : english.stringPropertyNames()) {
			String value = translated.getProperty(key);
			assertThat(value).as("%s in %s", key, language).isNotBlank();
			assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.getProperty(key)));
			apostrophesFit(key, language, value);
		}
		for (String key : english.stringPropertyNames()) {
			apostrophesFit(key, "en", english.getProperty(key));
		}
	}

	/**
	 * French puts a space before : ; ? and !, a no-break one (U+00A0, as everywhere in
	 * these bundles) so that a narrow screen never starts a line with the sign ("Importer
	 * des cartes" / ": Atelier"). The texts sent by SMS keep ordinary spaces: a no-break
	 * space is not in the GSM alphabet and would double the cost of every text.
	 */
	@Test
	void frenchPutsANoBreakSpaceBeforeColonsSemicolonsQuestionAndExclamationMarks() throws IOException {
		List<String> ordinary = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties french = load("messages/" + bundle + "_fr.properties");
			for (String key : new TreeSet<>(french.stringPropertyNames())) {
				Matcher sign = Pattern.compile("\\S {1,}[:;?!]").matcher(french.getProperty(key));
				if (!key.startsWith("sms.text.") && sign.find()) {
					ordinary.add(bundle + "_fr: " + key + " (“" + sign.group() + "”)");
				}
			}
		}
		assertThat(ordinary).as("an ordinary space before : ; ? or !").isEmpty();
	}

	/**
	 * French writes its apostrophes as typographic ones (U+2019: "d’origine",
	 * "jusqu’au"), never straight, so that a page does not mix the two; in a message with
	 * arguments the typographic one also needs no doubling for MessageFormat. A bundle
	 * kept in ASCII writes it {@code \\u2019}. The bundles in
	 * {@link #STRAIGHT_APOSTROPHES_LEFT} are still to convert.
	 */
	@Test
	void frenchUsesTypographicApostrophes() throws IOException {
		List<String> straight = new ArrayList<>();
		for (String bundle : bundles()) {
			if (STRAIGHT_APOSTROPHES_LEFT.contains(bundle)) {
				continue;
			}
			Properties french = load("messages/" + bundle + "_fr.properties");
			for (String key : new TreeSet<>(french.stringPropertyNames())) {
				// SMS texts stay in the GSM 7-bit alphabet, which has no typographic
				// apostrophe.
				if (french.getProperty(key).contains("'") && !key.startsWith("sms.text.")) {
					straight.add(bundle + "_fr: " + key);
				}
			}
		}
		assertThat(straight).as("a straight apostrophe in French (write ’)").isEmpty();
	}

	/**
	 * French names a challenge one way, "difficulté" (feminine), as the main texts do;
	 * never "défi". The bundles in {@link #DEFI_LEFT} are still to convert.
	 */
	@Test
	void frenchCallsAChallengeADifficulte() throws IOException {
		Pattern defi = Pattern.compile("\\bdéfis?\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			if (DEFI_LEFT.contains(bundle)) {
				continue;
			}
			Properties french = load("messages/" + bundle + "_fr.properties");
			for (String key : new TreeSet<>(french.stringPropertyNames())) {
				if (defi.matcher(french.getProperty(key)).find()) {
					found.add(bundle + "_fr: " + key);
				}
			}
		}
		assertThat(found).as("« défi » for a challenge in French").isEmpty();
	}

	/**
	 * French does not take the reader for a man ("Vous serez prévenu", "pour être
	 * prévenu"): the texts say what the reader receives instead.
	 */
	@Test
	void frenchAddressesTheReaderNeutrally() throws IOException {
		Pattern masculine = Pattern.compile("\\b(serez|êtes|être) (prévenu|averti|informé)\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties french = load("messages/" + bundle + "_fr.properties");
			for (String key : new TreeSet<>(french.stringPropertyNames())) {
				if (masculine.matcher(french.getProperty(key)).find()) {
					found.add(bundle + "_fr: " + key);
				}
			}
		}
		assertThat(found).as("the French reader taken for a man").isEmpty();
	}

	/**
	 * Swahili names a dialogue one way, "mazungumzo", as the main texts and the menu do;
	 * never "mdahalo" (plural "midahalo"), which the search page once said.
	 */
	@Test
	void swahiliCallsADialogueMazungumzo() throws IOException {
		Pattern mdahalo = Pattern.compile("\\b(mdahalo|midahalo)\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties swahili = load("messages/" + bundle + "_sw.properties");
			for (String key : new TreeSet<>(swahili.stringPropertyNames())) {
				if (mdahalo.matcher(swahili.getProperty(key)).find()) {
					found.add(bundle + "_sw: " + key);
				}
			}
		}
		assertThat(found).as("« mdahalo » for a dialogue in Swahili").isEmpty();
	}

	/**
	 * Swahili says a stance on a paragraph (aya, N class) as "naweza kuishi nayo", as the
	 * instructions above the stances do; never "nalo", which agrees with no paragraph.
	 * The card sheets' former column name "wanaweza kuishi nalo" is still read by the
	 * import, but no text says it.
	 */
	@Test
	void swahiliStancesAgreeWithAya() throws IOException {
		assertNone("sw", (key, value) -> value.contains("kuishi nalo"), "« kuishi nalo » for a paragraph in Swahili");
	}

	/**
	 * One thing, one name: Swahili calls a pseudonym "jina la kubuni" (plural "majina ya
	 * kubuni"), as the dialogue's badge does, never "jina bandia"; French calls a
	 * facilitator "facilitateur", never "animateur"; Spanish restores a hidden
	 * contribution with "restablecer", as its button does ("Restablecerla"), never
	 * "restaurar".
	 */
	@ParameterizedTest
	@CsvSource({ "sw, bandia", "fr, animat(eur|rice)s?", "es, restaur\\w*" })
	void oneThingHasOneName(String language, String otherName) throws IOException {
		Predicate<String> other = words(otherName);
		assertNone(language, (key, value) -> other.test(value), "« " + otherName + " » in " + language);
	}

	/**
	 * The facilitator's role is named without taking the person for a man, as
	 * "Traductor/a" does (W4 #10): "Usted facilita este diálogo", "Facilitación", "Equipo
	 * de facilitación", not "Usted es facilitador", "Hacer facilitador", a bare
	 * "Facilitador" as a label; French and Portuguese likewise ("Vous facilitez ce
	 * dialogue", "Dar a função de facilitação"). (The main bundle also says "una persona
	 * facilitadora" where it said "un facilitador".)
	 */
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"es; (es|sea|ser|ahora es) facilitador|hacer facilitador|facilitador nombrado|rol de facilitador",
			"pt; (é|ser|passou a ser) facilitador|tornar facilitador|facilitador nomeado|função de facilitador",
			"fr; (êtes|est|maintenant) facilitateur|nommer facilitateur|facilitateur nommé|rôle de facilitateur" })
	void theFacilitatorsRoleIsNamedWithoutAGender(String language, String masculine) throws IOException {
		Predicate<String> found = words(masculine);
		Predicate<String> bareLabel = Pattern.compile("^(Facilitador|Facilitateur)$").asPredicate();
		assertNone(language, (key, value) -> found.test(value) || bareLabel.test(value),
				"the facilitator taken for a man in " + language);
	}

	/**
	 * A dialogue's facilitators moderate it, so what a member reads while reporting or
	 * waiting for a first post to be approved names them (mwezeshaji, wawezeshaji), as
	 * the message after posting and the page's introduction do, not "mdhibiti".
	 */
	@Test
	void swahiliNamesTheFacilitatorsAsThoseWhoReview() throws IOException {
		Predicate<String> moderator = words("mdhibiti|wadhibiti");
		assertNone("sw",
				(key, value) -> (key.startsWith("report.") || key.equals("moderation.awaiting-review.author")
						|| key.endsWith(".held") || key.equals("comment.placeholder.pending")) && moderator.test(value),
				"« mdhibiti » where the member is told who reviews");
	}

	/**
	 * Swahili calls a notification "arifa", as the inbox does, also in the data export's
	 * description; "taarifa" is information ("taarifa binafsi").
	 */
	@Test
	void swahiliCallsANotificationArifa() throws IOException {
		Predicate<String> taarifa = words("taarifa(?! binafsi)");
		assertNone("sw",
				(key, value) -> (key.startsWith("data.") || key.startsWith("notification.")) && taarifa.test(value),
				"« taarifa » for a notification in Swahili");
	}

	/**
	 * French puts a no-break space (U+00A0) inside « », so that a line never starts with
	 * the closing guillemet. The SMS texts keep to the GSM alphabet and use none.
	 */
	@Test
	void frenchPutsNoBreakSpacesInsideGuillemets() throws IOException {
		Pattern ordinary = Pattern.compile("«(?!\u00a0)|(?<!\u00a0)»");
		assertNone("fr", (key, value) -> !key.startsWith("sms.text.") && ordinary.matcher(value).find(),
				"« » without a no-break space inside");
	}

	/**
	 * Inside a sentence or a list, a language is named by {@code language.in-sentence.*}
	 * (French, Spanish and Portuguese write it in lower case: « Lire en : anglais,
	 * swahili »); the meeting's {@code meeting.language.*} names start a menu's options.
	 */
	@Test
	void templatesNameALanguageInASentenceInLowerCase() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.contains("'meeting.language.'") && !line.contains("</option>")) {
						problems.add(file + ": " + line.strip());
					}
				}
			}
		}
		assertThat(problems).as("a capitalised language name inside a sentence").isEmpty();
		for (String language : List.of("fr", "es", "pt")) {
			assertNone(language,
					(key, value) -> key.startsWith("language.in-sentence.")
							&& !value.equals(value.toLowerCase(Locale.ROOT)),
					"a language name in a sentence in " + language);
		}
	}

	/**
	 * Spanish and Portuguese quote with « », never straight quotes, except where the
	 * reader must type the text as written: the API's field names and headers
	 * ({@code api.page.*}), the search's phrase syntax ({@code "…"}), and the SMS texts
	 * (« » are not in the GSM alphabet and would make an otherwise GSM answer cost twice
	 * as much).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "es", "pt" })
	void spanishAndPortugueseQuoteWithGuillemets(String language) throws IOException {
		assertNone(language, (key, value) -> !key.startsWith("api.page.") && !key.startsWith("sms.text.")
				&& value.replace("\"…\"", "").contains("\""), "straight quotes in " + language);
	}

	/** Spanish quotes with « », not with English “ ” (the SMS texts aside, as above). */
	@Test
	void spanishDoesNotQuoteTheEnglishWay() throws IOException {
		assertNone("es", (key, value) -> !key.startsWith("sms.text.") && (value.contains("“") || value.contains("”")),
				"English quotes in es");
	}

	/**
	 * "1 pendiente", not "1 pendientes": the count of records awaiting a check agrees.
	 */
	@Test
	void oneRecordAwaitingACheckIsSingularInSpanish() throws IOException {
		String heading = load("messages/meeting_es.properties").getProperty("recorded.list.heading");
		assertThat(new MessageFormat(heading, Locale.ROOT).format(new Object[] { 1, 1 }))
			.isEqualTo("Registrado aquí: 1 (1 pendiente de verificación)");
		assertThat(new MessageFormat(heading, Locale.ROOT).format(new Object[] { 3, 2 }))
			.isEqualTo("Registrado aquí: 3 (2 pendientes de verificación)");
	}

	/**
	 * A newsletter issue being sent with nothing queued yet does not speak of "the rest".
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "sw", "es", "pt" })
	void aNewsletterWithNothingQueuedSpeaksOfNoRest(String language) throws IOException {
		Properties texts = load("messages/newsletter" + (language.equals("en") ? "" : "_" + language) + ".properties");
		String none = new MessageFormat(texts.getProperty("newsletter.issue.queued"), Locale.ROOT)
			.format(new Object[] { 0 });
		assertThat(none).as(language)
			.doesNotContainIgnoringCase("rest")
			.doesNotContain("autres", "demás", "restantes", "Zilizobaki");
	}

	/**
	 * A meeting's time in a notification ends with its zone in parentheses ("10:00 –
	 * 12:00 (East Africa Time)"), so the message does not put it in parentheses again.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "sw", "es", "pt" })
	void aMeetingsTimeIsNotInParenthesesTwice(String language) throws IOException {
		Properties texts = load(
				"messages/notification" + (language.equals("en") ? "" : "_" + language) + ".properties");
		for (String key : texts.stringPropertyNames()) {
			if (key.startsWith("notification.kind.MEETING")) {
				assertThat(texts.getProperty(key)).as("%s in %s", key, language).doesNotContain("({1})");
			}
		}
	}

	private static void assertNone(String language, BiPredicate<String, String> rule, String what) throws IOException {
		assertThat(found(language, rule)).as(what).isEmpty();
	}

	/** Whole words, in any case. */
	private static Predicate<String> words(String regex) {
		return Pattern
			.compile("\\b(?:" + regex + ")\\b",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)
			.asPredicate();
	}

	/** The keys of every bundle in one language whose value the rule finds, by bundle. */
	private static List<String> found(String language, BiPredicate<String, String> rule) throws IOException {
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties texts = load("messages/" + bundle + "_" + language + ".properties");
			for (String key : new TreeSet<>(texts.stringPropertyNames())) {
				if (rule.test(key, texts.getProperty(key))) {
					found.add(bundle + "_" + language + ": " + key + " (“" + texts.getProperty(key) + "”)");
				}
			}
		}
		return found;
	}

	/**
	 * The Portuguese texts are European Portuguese throughout (the site says "ficheiro",
	 * "ligação", "Guardar", "Registado"), never mixed with Brazilian forms.
	 */
	@Test
	void portugueseIsEuropeanPortuguese() throws IOException {
		Pattern brazilian = Pattern.compile(
				"\\b(você|senhas?|links?|compartilh\\w*|salv(ar|o|a|os|as|e|ou|am)|registrad[oa]s?|escopo|mescl\\w*"
						+ "|telas?|celular\\w*|usuári[oa]s?|equipes?|contatos?|configuraç\\w*|evidência|falando|começando"
						+ "|enviando|longo demais|aceita como|arquivo (ZIP|de dados)|vocês|e o rejeita|mais da metade)\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties portuguese = load("messages/" + bundle + "_pt.properties");
			for (String key : new TreeSet<>(portuguese.stringPropertyNames())) {
				Matcher form = brazilian.matcher(portuguese.getProperty(key));
				while (form.find()) {
					found.add(bundle + "_pt: " + key + " (“" + form.group() + "”)");
				}
			}
		}
		assertThat(found).as("Brazilian forms in the European Portuguese texts").isEmpty();
	}

	/**
	 * Portuguese quotes a title with «», as European Portuguese does, and does not take
	 * the reader for a man ("talvez o próprio", "também o afeta", "Já não o segue").
	 */
	@Test
	void portugueseQuotesWithGuillemetsAndAddressesTheReaderNeutrally() throws IOException {
		Pattern curly = Pattern.compile("[\u201c\u201d]");
		Pattern masculine = Pattern.compile(
				"\\b(talvez o próprio|provavelmente o próprio|também o afeta|Já não o segue|Será avisado|É facilitador)\\b",
				Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		List<String> found = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties portuguese = load("messages/" + bundle + "_pt.properties");
			for (String key : new TreeSet<>(portuguese.stringPropertyNames())) {
				String value = portuguese.getProperty(key);
				if (curly.matcher(value).find() || masculine.matcher(value).find()) {
					found.add(bundle + "_pt: " + key);
				}
			}
		}
		assertThat(found).as("“” quotes or a masculine reader in the Portuguese texts").isEmpty();
	}

	/**
	 * A message with arguments goes through MessageFormat, where an apostrophe is written
	 * twice; one without is shown as written, where a doubled one would show twice.
	 */
	/**
	 * Spanish and Portuguese greet the reader without guessing their gender ("Le damos la
	 * bienvenida", "Boas-vindas"), call a stakeholder group by one name, and write
	 * four-digit numbers without a separator ("1000 caracteres"), in the SMS texts too
	 * (the first text a person gets by SMS once said "Bienvenido").
	 */
	@ParameterizedTest
	@ValueSource(strings = { "es", "pt" })
	void spanishAndPortugueseGreetNeutrallyAndWriteFourDigitsWhole(String language) throws IOException {
		List<String> found = new ArrayList<>();
		Pattern gendered = Pattern.compile("\\b(Bienvenid[oa]s?|Bem-vind[oa]s?)\\b");
		Pattern fourDigits = Pattern
			.compile("(?<!\\d)(?<!\\d[\\u00a0\\u202f .])\\d[\\u00a0\\u202f .]\\d{3}(?![\\u00a0\\u202f.]?\\d)");
		for (String bundle : bundles()) {
			Properties texts = load("messages/" + bundle + "_" + language + ".properties");
			for (String key : new TreeSet<>(texts.stringPropertyNames())) {
				String value = texts.getProperty(key);
				if (gendered.matcher(value).find() || fourDigits.matcher(value).find()
						|| value.contains("grupo de interés")) {
					found.add(bundle + "_" + language + ": " + key + " (“" + value + "”)");
				}
			}
		}
		assertThat(found).as("a gendered greeting, a spaced four-digit number or another name for the group").isEmpty();
	}

	private static void apostrophesFit(String key, String language, String value) {
		if (!placeholders(value).isEmpty()) {
			assertThat(value.replace("''", "")).as("lone apostrophe in %s (%s) breaks MessageFormat", key, language)
				.doesNotContain("'");
		}
		else {
			assertThat(value).as("doubled apostrophe in %s (%s), a message without arguments", key, language)
				.doesNotContain("''");
		}
	}

	@Test
	void templatesHoldNoLiteralUserFacingText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			// The benchmark's yardstick page (app.benchmark.fortunes, off in production)
			// is no page of the product: it stays as small as the benchmark it copies.
			for (Path file : files.filter((f) -> f.toString().endsWith(".html"))
				.filter((f) -> !f.toString().contains("templates/benchmark/"))
				.toList()) {
				String html = Files.readString(file);
				String withoutComments = html.replaceAll("(?s)<!--.*?-->", "");
				Matcher attributes = LITERAL_ATTRIBUTE.matcher(withoutComments);
				while (attributes.find()) {
					problems.add(file + ": attribute " + attributes.group());
				}
				String text = withoutComments.replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n");
				for (String line : text.split("\n")) {
					if (line.strip().codePoints().anyMatch(Character::isLetter)) {
						problems.add(file + ": text \"" + line.strip() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Properties english = new Properties();
		for (String bundle : bundles()) {
			Properties one = load("messages/" + bundle + ".properties");
			Set<String> twice = new TreeSet<>(one.stringPropertyNames());
			twice.retainAll(english.stringPropertyNames());
			assertThat(twice).as("keys of %s already in another bundle", bundle).isEmpty();
			english.putAll(one);
		}
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
		assertThat(used).as("keys found").hasSizeGreaterThan(50);
		Set<String> missing = new TreeSet<>(used);
		missing.removeAll(english.stringPropertyNames());
		assertThat(missing).as("keys used but in no bundle").isEmpty();
	}

	/**
	 * Literal keys in #{...}, except those built at run time (containing an expression).
	 */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?([a-z][\\w.-]*[\\w])'?[(}]");

	/**
	 * Keys passed to flash messages, field errors, rule exceptions and validation
	 * messages.
	 */
	private static final Pattern CODE_KEY = Pattern.compile(
			"(?:Flash\\.\\w+\\([^,]+,\\s*|rejectValue\\(\"[^\"]+\",\\s*|RuleException\\(|\"\\{)\"?([a-z][\\w.-]*[\\w])[\"}]");

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
