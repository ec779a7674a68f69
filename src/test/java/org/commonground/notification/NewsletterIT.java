package org.commonground.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The newsletter end to end: sign-up from the footer with double opt-in (a link opens a
 * page, only its button confirms; unconfirmed addresses get nothing), a consent record
 * per step, issues written by a dialogue's facilitators only (others get 404) with the
 * recipient count before sending and a test send to the author alone, delivery through
 * the outbox in batches with one-click unsubscribe (RFC 8058), the public archive and its
 * Atom feed, and 10,000 recipients served once each by two batch jobs running at once.
 */
class NewsletterIT extends IntegrationTest {

	private static final Pattern UNSUBSCRIBE = Pattern.compile("List-Unsubscribe: <https?://[^/]+(/[^>]+)>");

	private static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NewsletterJob job;

	@Autowired
	javax.sql.DataSource dataSource;

	String facilitator;

	String member;

	String slug;

	@BeforeEach
	void dialogue() {
		this.facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.member = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.slug = this.dialogues.create(this.facilitator, "Mercury-free gold", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.member, DisplayMode.NAMED);
	}

	@Test
	void signUpFromTheFooterNeedsAConfirmationMadeByAButtonNotByTheLink() throws Exception {
		String home = new WebClient(this.mvc).perform(get("/dialogues")).getContentAsString();
		// The footer posts to POST /newsletter with "email" and "locale", as the HTTP
		// contract names them.
		assertThat(home).contains("action=\"/newsletter\" method=\"post\"")
			.contains("name=\"locale\"")
			.contains("name=\"_csrf\"");

		String address = address("footer");
		WebClient reader = new WebClient(this.mvc);
		MockHttpServletResponse answer = reader
			.perform(post("/newsletter").param("email", address).param("locale", "fr"));
		assertThat(answer.getRedirectedUrl()).isEqualTo("/newsletter/check-email");
		assertThat(this.mailbox.subjects(address)).singleElement().asString().contains("Confirmez votre inscription");
		assertThat(status(address, 0)).isEqualTo("PENDING");

		String link = this.mailbox.latestLink(address, "/newsletter/confirm");
		// Opened in another browser, the page is in the language they signed up in (not
		// the browser's), unless the visitor chose one there.
		WebClient scanner = new WebClient(this.mvc);
		assertThat(scanner.perform(get(link).header("Accept-Language", "en")).getContentAsString())
			.contains("Oui, envoyez-moi la lettre")
			.contains("lang=\"fr\"");
		assertThat(status(address, 0)).as("opening the link confirms nothing").isEqualTo("PENDING");
		WebClient switched = new WebClient(this.mvc);
		switched.perform(post("/language").param("lang", "sw"));
		assertThat(switched.perform(get(link)).getContentAsString()).doesNotContain("Oui, envoyez-moi la lettre")
			.contains("lang=\"sw\"");

		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(new WebClient(this.mvc).performAsIs(post("/newsletter/confirm").param("token", token)).getStatus())
			.as("a confirmation without the page's CSRF token is refused")
			.isEqualTo(403);
		assertThat(status(address, 0)).isEqualTo("PENDING");

		// The button's POST redirects to the result page (post/redirect/get).
		MockHttpServletResponse confirming = scanner.perform(post("/newsletter/confirm").param("token", token));
		assertThat(confirming.getRedirectedUrl()).isEqualTo("/newsletter/confirmed");
		String confirmed = scanner.perform(get("/newsletter/confirmed")).getContentAsString();
		assertThat(confirmed).contains("Inscription confirmée").contains(address);
		assertThat(scanner.perform(get("/newsletter/confirmed")).getContentAsString())
			.as("opened again: confirmed, without the details")
			.contains("Votre inscription est confirmée")
			.doesNotContain(address);
		assertThat(status(address, 0)).isEqualTo("CONFIRMED");

		List<Map<String, Object>> consents = this.jdbc.queryForList("""
				select c.step, c.text_key, c.text_shown, c.language from newsletter_consent c
				join newsletter_subscriber s on s.id = c.subscriber_id where s.email = ? order by c.id""", address);
		assertThat(consents).extracting((c) -> c.get("step")).containsExactly("SIGNED_UP", "CONFIRMED");
		assertThat(consents.get(0).get("text_shown")).asString()
			.startsWith("Send me the newsletter of Common Ground by email.");
		assertThat(consents.get(0).get("language")).isEqualTo("en");
		assertThat(consents.get(1).get("text_shown")).asString()
			.startsWith("Je veux recevoir la lettre d’information")
			.contains(address);
		assertThat(consents.get(1).get("language")).as("the language the confirmation was shown in").isEqualTo("fr");

		// A form of a page opened before the change still signs up.
		MockHttpServletResponse again = new WebClient(this.mvc)
			.perform(post("/newsletter/subscribe").param("email", address.toUpperCase()).param("language", "en"));
		assertThat(again.getRedirectedUrl()).as("the same answer whatever the address")
			.isEqualTo(answer.getRedirectedUrl());
		assertThat(this.mailbox.subjects(address)).as("a confirmed address gets no second confirmation").hasSize(1);

		assertThat(new WebClient(this.mvc).performAsIs(post("/newsletter/subscribe").param("email", address("forged")))
			.getStatus()).as("a sign-up without the CSRF token is refused").isEqualTo(403);
	}

	@Test
	void aSignUpWithABadAddressGetsOurTranslatedMessageNextToTheFieldAndKeepsTheText() throws Exception {
		// The sign-up forms (the footer's and the page's) leave the checks to the server,
		// whose messages are translated, not to the browser's own bubbles.
		Document signUp = Jsoup.parse(new WebClient(this.mvc).perform(get("/newsletter")).getContentAsString());
		assertThat(signUp.select("form[action=/newsletter]")).hasSize(2);
		assertThat(signUp.select("form[action=/newsletter]:not([novalidate])")).isEmpty();

		WebClient swahili = new WebClient(this.mvc, "10.77.0.1");
		swahili.perform(post("/language").param("lang", "sw"));
		String blank = swahili.perform(post("/newsletter/subscribe").param("email", "").param("language", "sw"))
			.getContentAsString();
		assertThat(blank).contains("Tafadhali jaza sehemu hii.").doesNotContain("must not be blank");
		String typo = swahili
			.perform(post("/newsletter/subscribe").param("email", "juma@@example").param("language", "sw"))
			.getContentAsString();
		assertThat(typo).contains("Tafadhali andika anwani sahihi ya barua pepe, kama jina@example.org.")
			.contains("value=\"juma@@example\"")
			.doesNotContain("must be a well-formed email address");

		WebClient french = new WebClient(this.mvc, "10.77.0.2");
		french.perform(post("/language").param("lang", "fr"));
		String fromTheFooter = french
			.perform(post("/newsletter/subscribe").param("email", "pas une adresse").param("language", "fr"))
			.getContentAsString();
		assertThat(fromTheFooter).contains("Veuillez indiquer une adresse e-mail valide, par exemple nom@example.org.")
			.contains("value=\"pas une adresse\"")
			.doesNotContain("syntaxiquement correcte");
	}

	@Test
	void theSignUpFormsKnowWhoIsSignedIn() throws Exception {
		Document page = Jsoup.parse(client(this.member).perform(get("/newsletter")).getContentAsString());
		assertThat(page.select("main input#email").attr("value")).isEqualTo(this.member);
		assertThat(page.select("select#group option[selected]").attr("value")).isEqualTo("ARTISANAL_MINER");
		assertThat(page.select("#footer-newsletter-email").attr("value")).isEqualTo(this.member);
		Document visitor = Jsoup.parse(new WebClient(this.mvc).perform(get("/newsletter")).getContentAsString());
		assertThat(visitor.select("#footer-newsletter-email").attr("value")).isEmpty();
	}

	@Test
	void signUpsFromOneAddressAreLimited() throws Exception {
		WebClient busy = new WebClient(this.mvc);
		for (int i = 0; i < 20; i++) {
			assertThat(
					busy.perform(post("/newsletter/subscribe").param("email", address("limit")).param("language", "en"))
						.getRedirectedUrl())
				.isEqualTo("/newsletter/check-email");
		}
		String refused = address("refused");
		MockHttpServletResponse tooMany = busy
			.perform(post("/newsletter/subscribe").param("email", refused).param("language", "en"));
		assertThat(tooMany.getStatus()).isEqualTo(429);
		assertThat(tooMany.getHeader("Retry-After")).isNotBlank();
		// Said beside the address, which is kept.
		Document form = Jsoup.parse(tooMany.getContentAsString());
		assertThat(form.select("#email-error").text()).contains("Too many sign-ups from your connection.");
		assertThat(form.select("main input#email").val()).isEqualTo(refused);
		assertThat(this.mailbox.subjects(refused)).isEmpty();

		String often = address("often");
		WebClient elsewhere = new WebClient(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(elsewhere.perform(post("/newsletter/subscribe").param("email", often).param("language", "en"))
				.getRedirectedUrl()).as("the same answer").isEqualTo("/newsletter/check-email");
		}
		assertThat(this.mailbox.subjects(often)).as("at most 3 confirmation emails an hour to one address").hasSize(3);
	}

	@Test
	void onlyConfirmedSubscribersGetAnIssueAndOneClickStopsIt() throws Exception {
		String confirmed = subscribe("confirmed", "sw", null, true);
		String unconfirmed = subscribe("unconfirmed", "en", null, false);
		String leaving = subscribe("leaving", "en", null, true);
		String french = subscribe("francais", "fr", null, true);

		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "Market day news", "The **buyers** come on Friday.", null);
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Recipients if sent now: 3")
			.contains("<strong>buyers</strong>");
		// Sending mails every recipient at once: only with the box ticked, checked here.
		Document draft = Jsoup.parse(facilitating.perform(get(issuePath)).getContentAsString());
		assertThat(draft.title()).isEqualTo("Market day news · Common Ground");
		assertThat(draft.select("form[action=" + issuePath + "/send] input[type=checkbox][name=confirmed]")).hasSize(1);
		assertThat(draft.select("label[for=send-confirmed]").text())
			.isEqualTo("Yes, email this issue now to 3 recipients. A sent issue cannot be recalled.");
		MockHttpServletResponse unticked = facilitating.perform(post(issuePath + "/send"));
		assertThat(unticked.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(unticked.getContentAsString()).select("#send-confirmed-error").text())
			.contains("Tick the box to confirm the sending: nothing was sent.");
		assertThat(issueStatus(Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1)))).isEqualTo("DRAFT");
		send(facilitating, issuePath);

		assertThat(this.mailbox.subjects(unconfirmed)).as("an unconfirmed address gets no issue")
			.noneMatch((s) -> s.contains("Market day news"));
		assertThat(this.mailbox.subjects(confirmed)).contains("Market day news");
		Map<String, Object> email = this.jdbc.queryForMap(
				"select body, html_body, headers from outbound_email where recipient = ? and subject = ?", confirmed,
				"Market day news");
		assertThat(email.get("body")).asString()
			.startsWith("The **buyers** come on Friday.")
			.contains("Unapokea barua pepe hii")
			.contains("/newsletter/unsubscribe?token=");
		assertThat(email.get("html_body")).asString()
			.contains("<html lang=\"sw\">")
			.contains("<strong>buyers</strong>")
			.contains("<a href=\"http://localhost/newsletter/unsubscribe?token=");
		assertThat(email.get("headers")).asString()
			.contains("List-Unsubscribe: <http://localhost/newsletter/unsubscribe?token=")
			.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
		assertThat(this.mailbox.latestBody(french)).as("French puts a space before the colon")
			.contains("Lire en ligne\u00a0: http://localhost/dialogues/")
			.contains("Arrêter la lettre d’information\u00a0: http://localhost/newsletter/unsubscribe?token=");
		// Its link opens a page in French in any browser.
		String stop = this.mailbox.latestLink(french, "/newsletter/unsubscribe");
		assertThat(new WebClient(this.mvc).perform(get(stop).header("Accept-Language", "en")).getContentAsString())
			.contains("Oui, arrêter la lettre");
		// The archive dates the issue as the reader writes dates, not in ISO.
		Document archive = Jsoup.parse(
				new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/newsletter")).getContentAsString());
		assertThat(archive.select("main li .meta").first().text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
		String issueId = issuePath.substring(issuePath.lastIndexOf('/') + 1);
		assertThat(Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/newsletter/" + issueId))
				.getContentAsString())
			.select("article .meta")
			.text()).matches(".* \\d{1,2} [A-Z][a-z]+ \\d{4}");

		String headers = this.jdbc.queryForObject(
				"select headers from outbound_email where recipient = ? and subject = ?", String.class, leaving,
				"Market day news");
		Matcher unsubscribe = UNSUBSCRIBE.matcher(headers);
		assertThat(unsubscribe.find()).isTrue();
		assertThat(new WebClient(this.mvc)
			.performAsIs(post("/newsletter/unsubscribe?token=forged.token").param("List-Unsubscribe", "One-Click"))
			.getStatus()).as("a forged token is refused").isEqualTo(403);
		MockHttpServletResponse oneClick = new WebClient(this.mvc)
			.performAsIs(post(unsubscribe.group(1)).param("List-Unsubscribe", "One-Click"));
		assertThat(oneClick.getStatus()).as("one-click, without a CSRF token").isEqualTo(200);
		assertThat(status(leaving, dialogueId())).isEqualTo("UNSUBSCRIBED");
		assertThat(this.jdbc.queryForList("""
				select c.step from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id
				where s.email = ? order by c.id""", String.class, leaving)).containsExactly("SIGNED_UP", "CONFIRMED",
				"UNSUBSCRIBED");

		String second = write(facilitating, "Second issue", "Still here.", null);
		assertThat(facilitating.perform(get(second)).getContentAsString()).contains("Recipients if sent now: 2");
		send(facilitating, second);
		assertThat(this.mailbox.subjects(confirmed)).contains("Second issue");
		assertThat(this.mailbox.subjects(leaving)).as("nothing more after unsubscribing")
			.noneMatch((s) -> s.contains("Second issue"));
		assertThat(this.mailbox.subjects(unconfirmed)).noneMatch((s) -> s.contains("issue"));
	}

	@Test
	void aMembersOnlyNewsletterGoesOnlyToThoseWhoMayReadItWhenItIsSent() throws Exception {
		String closed = this.dialogues.create(this.facilitator, "Members' gold prices", Visibility.MEMBERS_ONLY,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(closed, this.facilitator, this.member, DisplayMode.NAMED);
		String removed = this.accounts.create("Rehema Removed", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(closed, this.facilitator, removed, DisplayMode.NAMED);
		long closedId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, closed);

		// A member cannot sign someone else up: the sign-up is for their own address.
		String outsider = address("outsider");
		WebClient member = client(this.member);
		assertThat(member.perform(get("/dialogues/" + closed + "/newsletter")).getContentAsString())
			.contains("Only the people who may read this dialogue get its newsletter")
			.contains(this.member);
		assertThat(member
			.perform(post("/newsletter/subscribe").param("email", outsider)
				.param("language", "en")
				.param("dialogue", closed))
			.getRedirectedUrl()).isEqualTo("/newsletter/check-email?dialogue=" + closed);
		assertThat(this.mailbox.subjects(outsider)).as("the outsider is not signed up").isEmpty();
		confirmLatest(member, this.member);
		assertThat(status(this.member, closedId)).isEqualTo("CONFIRMED");

		WebClient leaving = client(removed);
		leaving.perform(post("/newsletter/subscribe").param("email", removed)
			.param("language", "en")
			.param("dialogue", closed));
		confirmLatest(leaving, removed);
		// An address confirmed before the dialogue was made members-only.
		this.jdbc.update("""
				insert into newsletter_subscriber (email, language, dialogue_id, status, created_at, confirmed_at)
				values (?, 'en', ?, 'CONFIRMED', now(), now())""", outsider, closedId);

		WebClient facilitating = client(this.facilitator);
		long membershipId = this.dialogues.membershipId(closed, removed);
		facilitating.perform(post("/dialogues/" + closed + "/members/" + membershipId + "/remove").param("reason",
				"Left the cooperative"));
		assertThat(this.dialogues.membershipStatus(closed, removed)).isEqualTo("REMOVED");

		String issuePath = facilitating
			.perform(post("/dialogues/" + closed + "/newsletter/issues").param("subject", "Members' prices")
				.param("body", "Only for members.")
				.param("language", "en"))
			.getRedirectedUrl();
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Recipients if sent now: 1");
		send(facilitating, issuePath);

		assertThat(this.mailbox.subjects(this.member)).contains("Members' prices");
		assertThat(this.mailbox.subjects(outsider)).as("an address without an account that may read it")
			.doesNotContain("Members' prices");
		assertThat(this.mailbox.subjects(removed)).as("a removed member").doesNotContain("Members' prices");
		assertThat(status(outsider, closedId)).isEqualTo("UNSUBSCRIBED");
		assertThat(status(removed, closedId)).isEqualTo("UNSUBSCRIBED");
		assertThat(this.jdbc.queryForList("""
				select c.text_key from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id
				where s.email = ? and s.dialogue_id = ? order by c.id""", String.class, removed, closedId))
			.containsExactly("newsletter.signup.consent", "newsletter.confirm.statement", "newsletter.ended.no-access");
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Sent to 1 recipient.");
	}

	private void confirmLatest(WebClient reader, String address) throws Exception {
		String link = this.mailbox.latestLink(address, "/newsletter/confirm");
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(reader.perform(post("/newsletter/confirm").param("token", token)).getRedirectedUrl())
			.isEqualTo("/newsletter/confirmed");
	}

	@Test
	void aSubjectWithALineBreakIsRefusedNextToTheFieldWithTheTextKept() throws Exception {
		WebClient facilitating = client(this.facilitator);
		String desk = "/dialogues/" + this.slug + "/newsletter/issues";
		MockHttpServletResponse refused = facilitating
			.perform(post(desk).param("subject", "Harbour tally\r\nBcc: everyone@elsewhere.example")
				.param("body", "Prices.")
				.param("language", "en"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select(".field-error").text())
			.contains("The subject must fit on one line: please remove the line breaks.");
		assertThat(page.selectFirst("input[name=subject]").attr("value")).contains("Harbour tally")
			.contains("Bcc: everyone@elsewhere.example");
		assertThat(page.selectFirst("textarea[name=body]").text()).isEqualTo("Prices.");
		assertThat(this.jdbc.queryForObject("select count(*) from newsletter_issue where subject like 'Harbour tally%'",
				Integer.class))
			.isZero();

		String issuePath = write(facilitating, "Harbour tally", "Prices.", null);
		assertThat(facilitating
			.perform(post(issuePath).param("subject", "Harbour tally\nBcc: x@elsewhere.example")
				.param("body", "Prices.")
				.param("language", "en"))
			.getContentAsString()).contains("The subject must fit on one line");
		assertThat(this.jdbc.queryForObject("select subject from newsletter_issue where id = ?", String.class,
				Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1))))
			.isEqualTo("Harbour tally");
	}

	@Test
	void theIssuePageSaysBeingSentWhileSendingAndCountsOneRecipientInTheSingular() throws Exception {
		subscribe("one", "en", null, true);
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "For one reader", "Just you.", null);
		assertThat(Jsoup.parse(facilitating.perform(get(issuePath)).getContentAsString())
			.select("form[action$=/send] button")
			.text()).isEqualTo("Send to 1 recipient");
		assertThat(facilitating.perform(post(issuePath + "/send").param("confirmed", "true")).getRedirectedUrl())
			.isEqualTo(issuePath);
		long id = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
		// While the issue is being sent (its row locked here, so that the batch job
		// skips it): no "Sent to 0 recipients".
		try (java.sql.Connection holding = this.dataSource.getConnection()) {
			holding.setAutoCommit(false);
			try (var lock = holding.prepareStatement("select id from newsletter_issue where id = ? for update")) {
				lock.setLong(1, id);
				lock.executeQuery().close();
			}
			String sending = facilitating.perform(get(issuePath)).getContentAsString();
			assertThat(Jsoup.parse(sending).select(".recipient-count").text())
				.isEqualTo("Being sent: no email queued yet; they go out in batches over the next minutes.");
			assertThat(sending).doesNotContain("Sent to");
			holding.rollback();
		}
		for (int i = 0; i < 100 && !"SENT".equals(issueStatus(id)); i++) {
			this.job.sendBatches(10);
		}
		assertThat(Jsoup.parse(facilitating.perform(get(issuePath)).getContentAsString())
			.select(".recipient-count")
			.text()).isEqualTo("Sent to 1 recipient.");
		facilitating.perform(post("/language").param("lang", "fr"));
		assertThat(Jsoup.parse(facilitating.perform(get(issuePath)).getContentAsString())
			.select(".recipient-count")
			.text()).isEqualTo("Envoy\u00e9 \u00e0 1 destinataire.");
	}

	@Test
	void theConfirmationEmailGreetsAndSaysHowLongTheLinkWorksAndTheNextPageLeadsBackToTheDialogue() throws Exception {
		String address = address("greeted");
		WebClient reader = new WebClient(this.mvc);
		String next = reader
			.perform(post("/newsletter").param("email", address).param("locale", "en").param("dialogue", this.slug))
			.getRedirectedUrl();
		assertThat(next).isEqualTo("/newsletter/check-email?dialogue=" + this.slug);
		assertThat(Jsoup.parse(reader.perform(get(next)).getContentAsString()).select("main a").eachAttr("href"))
			.contains("/dialogues/" + this.slug + "/newsletter")
			.doesNotContain("/newsletter");
		assertThat(this.mailbox.latestBody(address)).startsWith("Hello,")
			.contains("The link works for 7 days; after that, sign up again.");
		// From the platform's page, or with anything but a slug: the platform's
		// newsletter.
		assertThat(Jsoup.parse(reader.perform(get("/newsletter/check-email?dialogue=../admin")).getContentAsString())
			.select("main a")
			.eachAttr("href")).contains("/newsletter");
		String french = address("salut");
		new WebClient(this.mvc).perform(post("/newsletter").param("email", french).param("locale", "fr"));
		assertThat(this.mailbox.latestBody(french)).startsWith("Bonjour,")
			.contains("Le lien fonctionne pendant 7 jours\u00a0; passé ce délai, inscrivez-vous à nouveau.");
	}

	@Test
	void aTestSendGoesToTheSenderOnlyAndTheArchiveShowsSentIssues() throws Exception {
		String reader = subscribe("reader", "en", null, true);
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "Draft for the test", "Plain words.", null);
		long id = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));

		facilitating.perform(post(issuePath + "/test"));
		assertThat(this.mailbox.subjects(this.facilitator)).containsExactly("[Test] Draft for the test");
		assertThat(this.mailbox.latestBody(this.facilitator)).contains("only you received it").contains("Plain words.");
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_email where subject like ?", Integer.class,
				"%Draft for the test"))
			.as("nobody else got the test")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from newsletter_delivery where issue_id = ?",
				Integer.class, id))
			.isZero();

		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get("/dialogues/" + this.slug + "/newsletter")).getContentAsString())
			.doesNotContain("Draft for the test");
		assertThat(visitor.perform(get("/dialogues/" + this.slug + "/newsletter/" + id)).getStatus())
			.as("a draft is not public")
			.isEqualTo(404);

		send(facilitating, issuePath);
		List<String> subjects = this.mailbox.subjects(reader);
		assertThat(subjects).hasSize(2);
		assertThat(subjects.get(0)).startsWith("Confirm your subscription to the newsletter of Mercury-free gold");
		assertThat(subjects.get(1)).isEqualTo("Draft for the test");
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Sent to 1 recipient.");
		assertThat(visitor.perform(get("/dialogues/" + this.slug + "/newsletter")).getContentAsString())
			.contains("Draft for the test")
			.contains("/dialogues/" + this.slug + "/newsletter/feed.atom");
		assertThat(visitor.perform(get("/dialogues/" + this.slug + "/newsletter/" + id)).getContentAsString())
			.contains("Plain words.");
		MockHttpServletResponse feed = visitor.perform(get("/dialogues/" + this.slug + "/newsletter/feed.atom"));
		assertThat(feed.getContentType()).startsWith("application/atom+xml");
		assertThat(feed.getContentAsString()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
			.contains("<title>Draft for the test</title>")
			.contains("/dialogues/" + this.slug + "/newsletter/" + id + "</id>");
		assertThat(facilitating.perform(post(issuePath + "/send").param("confirmed", "true")).getRedirectedUrl())
			.isEqualTo(issuePath);
		assertThat(facilitating.lastFlash().get("flashError")).isEqualTo("newsletter.issue.not-draft");
	}

	@Test
	void aSwahiliReaderSeesTheDialogueNamedInSwahili() throws Exception {
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(this.facilitator, TestAccounts.PASSWORD);
		facilitating.perform(
				post("/dialogues/" + this.slug + "/languages").param("original", "en").param("languages", "en", "sw"));
		facilitating.perform(post("/dialogues/" + this.slug + "/translations/sw").param("title", "Dhahabu bila zebaki")
			.param("summary", "Wachimbaji wadogo wanatafuta njia bila zebaki.")
			.param("description", ""));

		String swahili = subscribe("swahili-reader", "sw", null, false);
		// One confirmed reader: an issue nobody would receive is not sent.
		String english = subscribe("english-reader", "en", null, true);
		assertThat(this.mailbox.subjects(swahili)).singleElement().asString().contains("Dhahabu bila zebaki");
		assertThat(this.mailbox.subjects(english)).singleElement().asString().contains("Mercury-free gold");

		send(facilitating, write(facilitating, "Market prices this week", "Gold sells well.", null));
		WebClient reader = new WebClient(this.mvc);
		reader.perform(post("/language").param("lang", "sw"));
		// The issue was written in English: its entry says so to a Swahili reader's feed
		// reader, not to an English one's.
		assertThat(reader.perform(get("/dialogues/" + this.slug + "/newsletter/feed.atom")).getContentAsString())
			.contains("Dhahabu bila zebaki")
			.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sw\"")
			.contains("<entry xml:lang=\"en\"><id>");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/newsletter/feed.atom"))
			.getContentAsString()).contains("<entry><id>").doesNotContain("<entry xml:lang");
	}

	@Test
	void aStakeholderGroupNarrowsTheAudience() throws Exception {
		String miner = subscribe("miner", "en", "ARTISANAL_MINER", true);
		String other = subscribe("other", "en", null, true);
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "For miners", "Tools.", "ARTISANAL_MINER");
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Recipients if sent now: 1");
		send(facilitating, issuePath);
		assertThat(this.mailbox.subjects(miner)).contains("For miners");
		assertThat(this.mailbox.subjects(other)).doesNotContain("For miners");
	}

	@Test
	void anIssueNobodyWouldReceiveIsNotSent() throws Exception {
		subscribe("not-a-buyer", "en", null, true);
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "For buyers only", "Prices.", "BUYER");
		String page = facilitating.perform(get(issuePath)).getContentAsString();
		assertThat(page).contains("Recipients if sent now: 0")
			.contains("Nobody would receive this issue")
			.doesNotContain("Send to 0 recipients");
		assertThat(facilitating.perform(post(issuePath + "/send").param("confirmed", "true")).getRedirectedUrl())
			.isEqualTo(issuePath);
		assertThat(facilitating.lastFlash().get("flashError")).isEqualTo("newsletter.issue.no-audience");
		long id = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
		assertThat(issueStatus(id)).isEqualTo("DRAFT");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/newsletter")).getContentAsString())
			.doesNotContain("For buyers only");
	}

	@Test
	void aMemberWhoDoesNotFacilitateGets404OnTheNewsletterPages() throws Exception {
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "Facilitators only", "Text.", null);
		WebClient member = client(this.member);
		String desk = "/dialogues/" + this.slug + "/newsletter/issues";
		assertThat(member.perform(get(desk)).getStatus()).isEqualTo(404);
		assertThat(member.perform(get(issuePath)).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(desk).param("subject", "Mine").param("body", "x").param("language", "en"))
			.getStatus()).isEqualTo(404);
		assertThat(member.perform(post(issuePath).param("subject", "Changed").param("body", "x")).getStatus())
			.isEqualTo(404);
		assertThat(member.perform(post(issuePath + "/test")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(issuePath + "/send").param("confirmed", "true")).getStatus()).isEqualTo(404);
		assertThat(member.perform(get("/admin/newsletter")).getStatus()).isEqualTo(404);
		assertThat(this.mailbox.subjects(this.member)).isEmpty();
		assertThat(this.jdbc.queryForObject("select status from newsletter_issue where subject = ?", String.class,
				"Facilitators only"))
			.isEqualTo("DRAFT");
		assertThat(facilitating.perform(get(desk)).getStatus()).isEqualTo(200);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/newsletter")).getStatus())
			.as("the archive is public")
			.isEqualTo(200);
	}

	@Test
	void anAdminWritesThePlatformNewsletter() throws Exception {
		String reader = subscribe("platform", "en", null, true, false);
		WebClient admin = client(ADMIN_EMAIL, ADMIN_PASSWORD);
		MockHttpServletResponse created = admin.perform(post("/admin/newsletter").param("subject", "Platform news")
			.param("body", "A new dialogue opens.\n\n# What is new\n\nMore.")
			.param("language", "en"));
		String issuePath = created.getRedirectedUrl();
		assertThat(issuePath).startsWith("/admin/newsletter/");
		String edition = admin.perform(get(issuePath)).getContentAsString();
		assertThat(edition).contains("Recipients if sent now:");
		// The issue's own headings come right under its subject (h1), in the preview as
		// on
		// the public page: no level skipped.
		assertThat(Jsoup.parse(edition).select(".markdown h2").eachText()).containsExactly("What is new");
		send(admin, issuePath);
		assertThat(this.mailbox.subjects(reader)).contains("Platform news");
		assertThat(new WebClient(this.mvc).perform(get("/newsletter/feed.atom")).getContentAsString())
			.contains("<title>Platform news</title>");
		assertThat(client(this.facilitator).perform(get("/admin/newsletter")).getStatus()).isEqualTo(404);
	}

	@Test
	void tenThousandRecipientsAreServedOnceEachByTwoJobsRunningAtOnce() throws Exception {
		long dialogueId = dialogueId();
		String domain = "bulk" + counter.incrementAndGet() + "-" + System.nanoTime() + ".example";
		this.jdbc.update(
				"""
						insert into newsletter_subscriber (email, language, dialogue_id, status, created_at, confirmed_at)
						select 'reader' || n || '@' || ?, (array['en','fr','sw','es','pt'])[1 + n % 5], ?, 'CONFIRMED', now(), now()
						from generate_series(1, 10000) n""",
				domain, dialogueId);
		this.jdbc.update("""
				insert into newsletter_subscriber (email, language, dialogue_id, status, created_at)
				select 'pending' || n || '@' || ?, 'en', ?, 'PENDING', now() from generate_series(1, 50) n""", domain,
				dialogueId);
		this.jdbc.update("""
				insert into newsletter_subscriber (email, language, dialogue_id, status, created_at, unsubscribed_at)
				select 'gone' || n || '@' || ?, 'en', ?, 'UNSUBSCRIBED', now(), now() from generate_series(1, 50) n""",
				domain, dialogueId);

		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "To ten thousand", "Hello all.", null);
		long id = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
		assertThat(facilitating.perform(get(issuePath)).getContentAsString())
			.contains("Recipients if sent now: 10,000");
		facilitating.perform(post(issuePath + "/send").param("confirmed", "true"));

		Callable<Integer> run = () -> {
			int queued = 0;
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (!"SENT".equals(issueStatus(id)) && System.nanoTime() < deadline) {
				queued += this.job.sendBatches(3);
			}
			return queued;
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = threads.submit(run);
			Future<Integer> second = threads.submit(run);
			int queued = first.get() + second.get();
			assertThat(queued).isLessThanOrEqualTo(10000);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(issueStatus(id)).isEqualTo("SENT");
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as emails, count(distinct recipient) as recipients,
				       count(*) filter (where recipient like 'reader%') as readers
				from outbound_email where recipient like ? and subject = 'To ten thousand'""", "%@" + domain);
		assertThat(counts.get("emails")).as("one email per recipient").isEqualTo(10000L);
		assertThat(counts.get("recipients")).isEqualTo(10000L);
		assertThat(counts.get("readers")).as("nobody pending or gone").isEqualTo(10000L);
		assertThat(this.jdbc
			.queryForObject("select count(*) from (select recipient from outbound_email where recipient like ? "
					+ "group by recipient having count(*) > 1) twice", Integer.class, "%@" + domain))
			.isZero();
		assertThat(this.jdbc.queryForObject("select recipient_count from newsletter_issue where id = ?", Integer.class,
				id))
			.isEqualTo(10000);
		assertThat(facilitating.perform(get(issuePath)).getContentAsString()).contains("Sent to 10,000 recipients.");
	}

	@Test
	void theNewsletterPagesAreValidHtml() throws Exception {
		String address = address("valid");
		WebClient reader = new WebClient(this.mvc);
		reader.perform(post("/newsletter/subscribe").param("email", address)
			.param("language", "en")
			.param("dialogue", this.slug));
		String confirm = this.mailbox.latestLink(address, "/newsletter/confirm");
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("confirm", reader.perform(get(confirm)).getContentAsString());
		reader.perform(post("/newsletter/confirm").param("token", confirm.substring(confirm.indexOf("token=") + 6)));
		pages.put("confirmed", reader.perform(get("/newsletter/confirmed")).getContentAsString());
		pages.put("check-email", reader.perform(get("/newsletter/check-email")).getContentAsString());
		pages.put("invalid link", reader.perform(get("/newsletter/confirm?token=nope")).getContentAsString());
		pages.put("sign-up errors",
				reader.perform(post("/newsletter/subscribe").param("email", "not an address").param("language", "en"))
					.getContentAsString());
		WebClient facilitating = client(this.facilitator);
		String issuePath = write(facilitating, "Valid pages",
				"A [link](https://example.org) and a list:\n\n- one\n- two", null);
		pages.put("desk",
				facilitating.perform(get("/dialogues/" + this.slug + "/newsletter/issues")).getContentAsString());
		pages.put("desk errors", facilitating
			.perform(post("/dialogues/" + this.slug + "/newsletter/issues").param("subject", "").param("body", ""))
			.getContentAsString());
		pages.put("draft", facilitating.perform(get(issuePath)).getContentAsString());
		send(facilitating, issuePath);
		pages.put("sent", facilitating.perform(get(issuePath)).getContentAsString());
		String id = issuePath.substring(issuePath.lastIndexOf('/') + 1);
		pages.put("archive", reader.perform(get("/dialogues/" + this.slug + "/newsletter")).getContentAsString());
		pages.put("issue", reader.perform(get("/dialogues/" + this.slug + "/newsletter/" + id)).getContentAsString());
		pages.put("platform archive", reader.perform(get("/newsletter")).getContentAsString());
		String unsubscribe = this.mailbox.latestLink(address, "/newsletter/unsubscribe");
		pages.put("unsubscribe", reader.perform(get(unsubscribe)).getContentAsString());
		pages.put("unsubscribed",
				reader
					.perform(post("/newsletter/unsubscribe").param("token",
							unsubscribe.substring(unsubscribe.indexOf("token=") + 6)))
					.getContentAsString());
		assertThat(pages.get("sign-up errors")).contains("error-summary");
		assertThat(pages.get("unsubscribed"))
			.contains("You will no longer receive the newsletter of Mercury-free gold");
		org.commonground.support.NuHtmlChecker.assertValid(pages);
	}

	@Test
	void anAccountWaitingForItsDeletionGetsNoIssueAndKeepsItsSubscription() throws Exception {
		String other = subscribe("stayer", "en", null, true);
		String leaving = this.accounts.participant("Newsletter Leaver");
		WebClient reader = new WebClient(this.mvc);
		reader.perform(post("/newsletter/subscribe").param("email", leaving)
			.param("language", "en")
			.param("dialogue", this.slug));
		String link = this.mailbox.latestLink(leaving, "/newsletter/confirm");
		reader.perform(post("/newsletter/confirm").param("token", link.substring(link.indexOf("token=") + 6)));
		String subscribed = status(leaving, dialogueId());
		client(leaving).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));

		WebClient facilitating = client(this.facilitator);
		send(facilitating, write(facilitating, "Grace period news", "Nothing for the leaver.", null));
		assertThat(this.mailbox.subjects(other)).contains("Grace period news");
		assertThat(this.mailbox.subjects(leaving)).doesNotContain("Grace period news");
		assertThat(status(leaving, dialogueId())).isEqualTo(subscribed);
	}

	private String subscribe(String name, String language, String group, boolean confirm) throws Exception {
		return subscribe(name, language, group, confirm, true);
	}

	/**
	 * Signs an address up (for this test's dialogue, or the platform) and confirms it if
	 * asked.
	 */
	private String subscribe(String name, String language, String group, boolean confirm, boolean forDialogue)
			throws Exception {
		String address = address(name);
		WebClient reader = new WebClient(this.mvc);
		var request = post("/newsletter/subscribe").param("email", address).param("language", language);
		if (forDialogue) {
			request.param("dialogue", this.slug);
		}
		if (group != null) {
			request.param("group", group);
		}
		assertThat(reader.perform(request).getRedirectedUrl())
			.isEqualTo("/newsletter/check-email" + (forDialogue ? "?dialogue=" + this.slug : ""));
		if (confirm) {
			String link = this.mailbox.latestLink(address, "/newsletter/confirm");
			String token = link.substring(link.indexOf("token=") + 6);
			assertThat(reader.perform(post("/newsletter/confirm").param("token", token)).getRedirectedUrl())
				.isEqualTo("/newsletter/confirmed");
		}
		return address;
	}

	/** Writes a draft; returns the path of its page. */
	private String write(WebClient author, String subject, String body, String group) throws Exception {
		var request = post("/dialogues/" + this.slug + "/newsletter/issues").param("subject", subject)
			.param("body", body)
			.param("language", "en");
		if (group != null) {
			request.param("group", group);
		}
		String path = author.perform(request).getRedirectedUrl();
		assertThat(path).startsWith("/dialogues/" + this.slug + "/newsletter/issues/");
		return path;
	}

	/** Sends the issue and runs the batch job until it is done. */
	private void send(WebClient author, String issuePath) throws Exception {
		assertThat(author.perform(post(issuePath + "/send").param("confirmed", "true")).getRedirectedUrl())
			.isEqualTo(issuePath);
		long id = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
		// Audited: who sent which issue.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'NEWSLETTER_SENT' and subject_type = 'NEWSLETTER' and subject_id = ?",
				Integer.class, id))
			.isEqualTo(1);
		for (int i = 0; i < 100 && !"SENT".equals(issueStatus(id)); i++) {
			this.job.sendBatches(10);
		}
		assertThat(issueStatus(id)).isEqualTo("SENT");
	}

	private String issueStatus(long id) {
		return this.jdbc.queryForObject("select status from newsletter_issue where id = ?", String.class, id);
	}

	private String status(String email, long dialogueId) {
		return this.jdbc.queryForObject(
				"select status from newsletter_subscriber where email = ? and coalesce(dialogue_id, 0) = ?",
				String.class, email, dialogueId);
	}

	private long dialogueId() {
		return this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, this.slug);
	}

	private WebClient client(String email) throws Exception {
		return client(email, TestAccounts.PASSWORD);
	}

	private WebClient client(String email, String password) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, password);
		return client;
	}

	private static String address(String name) {
		return name + counter.incrementAndGet() + "-" + System.nanoTime() + "@news.example";
	}

}
