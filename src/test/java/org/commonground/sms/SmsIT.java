package org.commonground.sms;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.account.AccountRole;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.vision.Disposition;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Taking part by SMS end to end, through the real webhook and the fake gateway: join in
 * Swahili, choose group and district, consent, send a text, get a receipt; a facilitator
 * accepts it as a challenge that shows "SMS · Geita" speaking as an artisanal miner and
 * counts for that group; the facilitator's response goes back by SMS; STOP ends it all.
 */
class SmsIT extends IntegrationTest {

	private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SmsGateway gateway;

	@Autowired
	SmsSender sender;

	@Autowired
	SmsAnswers answers;

	@Autowired
	ChallengeFacilitation facilitation;

	@Autowired
	VisionService vision;

	String facilitator;

	String slug;

	String code;

	WebClient facilitatorClient;

	@BeforeEach
	void dialogueWithAnSmsCode() throws Exception {
		this.facilitator = this.accounts.create("Fatuma Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.slug = this.dialogues.create(this.facilitator, "Geita by SMS", Visibility.PUBLIC, JoinPolicy.APPROVAL,
				false, DialogueStatus.OPEN);
		this.code = "G" + Long.toString(NUMBERS.incrementAndGet(), 36).toUpperCase();
		this.facilitatorClient = client(this.facilitator);
		MockHttpServletResponse saved = this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/settings").param("code", this.code.toLowerCase())
				.param("monthlyBudget", "100"));
		assertThat(saved.getStatus()).isEqualTo(302);
	}

	@AfterEach
	void gatewayWorks() {
		fake().failing(false);
	}

	@Test
	void aMinerJoinsInSwahiliRaisesAChallengeAndHearsTheAnswer() throws Exception {
		String phone = newPhone();
		assertThat(webhook(phone, "JIUNGE " + this.code)).isEqualTo(200);
		List<String> sent = sentTo(phone);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0)).startsWith("Karibu").contains("Geita by SMS", "Jibu kwa namba");

		webhook(phone, "LANG en");
		String groups = sentTo(phone).get(1);
		assertThat(groups).startsWith("Welcome to");
		Matcher miner = Pattern.compile("(\\d+) Artisanal miner").matcher(groups);
		assertThat(miner.find()).as(groups).isTrue();
		webhook(phone, "LANG sw");
		webhook(phone, "99");
		assertThat(last(phone)).startsWith("Karibu");
		webhook(phone, miner.group(1));
		assertThat(last(phone)).isEqualTo("Unaishi wilaya gani? Jibu kwa jina lake.");
		webhook(phone, "Geita");
		assertThat(last(phone)).startsWith("Namba yako ni siri");
		webhook(phone, "ndiyo");
		assertThat(last(phone)).startsWith("Asante. Tuma maoni yako");

		String id = "msg-" + NUMBERS.incrementAndGet();
		String text = "Zebaki inachoma watoto karibu na mashine za kusaga dhahabu.";
		assertThat(webhook(id, phone, text)).isEqualTo(200);
		assertThat(webhook(id, phone, text)).as("a repeated delivery").isEqualTo(200);
		assertThat(last(phone)).isEqualTo("Tumepokea, asante. Wawezeshaji watasoma ujumbe wako.");
		assertThat(
				this.jdbc.queryForObject("select count(*) from sms_contribution where body = ?", Integer.class, text))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sms_participant where phone_cipher like ? or phone_hash like ?", Integer.class,
				"%" + phone.substring(1) + "%", "%" + phone.substring(1) + "%"))
			.as("the number is stored neither in clear in the hash nor the cipher")
			.isZero();

		Document inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.select(".sms-inbox .sms-text").text()).isEqualTo(text);
		assertThat(inbox.select(".sms-inbox strong").text()).isEqualTo("SMS · Artisanal miner · Geita");
		assertThat(inbox.text()).doesNotContain(phone.substring(1));
		long contribution = this.jdbc.queryForObject("select id from sms_contribution where body = ?", Long.class,
				text);

		MockHttpServletResponse accepted = this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/" + contribution + "/challenge").param("title",
					"Mercury burns near the ball mills"));
		assertThat(accepted.getStatus()).isEqualTo(302);
		long challengeId = this.jdbc.queryForObject(
				"select challenge_id from sms_contribution where id = ? and status = 'CHALLENGE'", Long.class,
				contribution);
		assertThat(this.jdbc.queryForObject("""
				select g.code from challenge c join stakeholder_group g on g.id = c.author_group_id where c.id = ?""",
				String.class, challengeId))
			.as("counts for the sender's group")
			.isEqualTo("ARTISANAL_MINER");
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + challengeId))
				.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Mercury burns near the ball mills");
		assertThat(page.select(".challenge .byline .author").text()).isEqualTo("SMS · Geita");
		assertThat(page.select(".challenge .byline .speaking-as").text()).contains("Artisanal miner");
		assertThat(this.facilitatorClient.perform(post("/dialogues/" + this.slug + "/sms/" + contribution + "/decline"))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select status from sms_contribution where id = ?", String.class,
				contribution))
			.as("a decided text stays decided")
			.isEqualTo("CHALLENGE");

		assertThat(this.answers.answer()).as("nothing to answer before a response").isZero();
		this.dialogues.as(this.facilitator, (me) -> {
			long version = this.facilitation.forFacilitating(this.slug, me, challengeId).challenge().getVersion();
			this.facilitation.respond(this.slug, me, challengeId, ChallengeStatus.UNDER_DISCUSSION,
					"The district office will visit the **Nyakabale** mills on Monday with the health officer.",
					version);
			return null;
		});
		assertThat(this.answers.answer()).isGreaterThanOrEqualTo(1);
		this.sender.sendQueued();
		String answer = last(phone);
		assertThat(answer).startsWith("Ulisema: \"Zebaki")
			.contains("Tulifanya: The district office will visit the Nyakabale");
		assertThat(SmsSegments.of(answer).count()).isLessThanOrEqualTo(2);
		assertThat(this.answers.answer()).as("answered once").isZero();

		webhook(phone, "STOP");
		int before = sentTo(phone).size();
		webhook(phone, "Bado nina swali");
		assertThat(sentTo(phone)).as("nothing more after STOP").hasSize(before);
		assertThat(this.jdbc.queryForObject("select count(*) from sms_contribution where body = 'Bado nina swali'",
				Integer.class))
			.isZero();
	}

	@Test
	void textsBecomeCommentsMergesAndStancesOfTheirGroup() throws Exception {
		String phone = joined("Geita");
		String other = this.accounts.create("Neema Member", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.dialogues.addMember(this.slug, this.facilitator, other, org.commonground.dialogue.DisplayMode.NAMED);
		long challengeId = this.challenges.raise(this.slug, other, "Roads to the mines flood every rainy season");

		webhook(phone, "The road to Nyarugusu was closed for three weeks.");
		webhook(phone, "Same for us in Rwamgasa: no road, no buyers.");
		List<Long> texts = this.jdbc.queryForList(
				"select c.id from sms_contribution c join dialogue d on d.id = c.dialogue_id where d.slug = ? order by c.id",
				Long.class, this.slug);
		this.facilitatorClient.perform(post("/dialogues/" + this.slug + "/sms/" + texts.get(0) + "/comment")
			.param("challengeId", String.valueOf(challengeId)));
		this.facilitatorClient.perform(post("/dialogues/" + this.slug + "/sms/" + texts.get(1) + "/merge")
			.param("challengeId", String.valueOf(challengeId)));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from comment where target_type = 'CHALLENGE' and target_id = ?
				and body_source = 'The road to Nyarugusu was closed for three weeks.'""", Integer.class, challengeId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select endorsement_count from challenge where id = ?", Integer.class,
				challengeId))
			.isEqualTo(1);

		this.dialogues.as(this.facilitator, (me) -> this.vision.publish(this.slug, me,
				"Miners and buyers agree on fair prices.\n\nMercury use ends by 2030.", "First version", null));
		String key = this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join vision_draft dr on dr.id = v.draft_id join dialogue d on d.id = dr.dialogue_id
				where d.slug = ? order by p.position desc limit 1""", String.class, this.slug);
		Document empty = Jsoup.parse(this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/questions").param("paragraphKey", key).param("text", ""))
			.getContentAsString());
		assertThat(empty.select(".error-summary li").eachText()).as("one error for the one empty field")
			.containsExactly("Write a question of 5 to 200 characters.");
		MockHttpServletResponse asked = this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/questions").param("paragraphKey", key)
				.param("text", "Mercury use ends by 2030: agreed?"));
		assertThat(asked.getStatus()).isEqualTo(302);
		this.sender.sendQueued();
		assertThat(last(phone))
			.isEqualTo("Mercury use ends by 2030: agreed? Jibu 1 nakubali, 2 naweza kuishi nalo, 3 sikubali.");
		webhook(phone, "2");
		assertThat(last(phone)).isEqualTo("Asante, jibu lako limehesabiwa.");
		assertThat(this.jdbc.queryForObject("""
				select s.stance || ' ' || g.code from vision_stance s join stakeholder_group g on g.id = s.group_id
				join vision_version v on v.id = s.version_id join vision_draft dr on dr.id = v.draft_id
				join dialogue d on d.id = dr.dialogue_id where d.slug = ? and s.paragraph_key = ?""", String.class,
				this.slug, key))
			.isEqualTo("CAN_LIVE_WITH ARTISANAL_MINER");
		Document inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.select(".sms-questions").text()).contains("(1 SMS replies)",
				"Artisanal miner: 0 agree, 1 can live with it, 0 disagree");

		// A text on the vision becomes a comment on its paragraph; the facilitators'
		// answer to that comment goes back to the sender, once.
		webhook(phone, "Mercury is cheap here; 2030 is too late for our children.");
		long onVision = this.jdbc
			.queryForObject("select id from sms_contribution where body like 'Mercury is cheap here%'", Long.class);
		assertThat(this.facilitatorClient
			.perform(
					post("/dialogues/" + this.slug + "/sms/" + onVision + "/vision-comment").param("paragraphKey", key))
			.getStatus()).isEqualTo(302);
		long commentId = this.jdbc.queryForObject("select comment_id from sms_contribution where id = ?", Long.class,
				onVision);
		assertThat(this.jdbc.queryForObject("select target_type || ' ' || target_anchor from comment where id = ?",
				String.class, commentId))
			.isEqualTo("VISION " + key);
		assertThat(this.answers.answer()).as("the challenge poll leaves vision comments alone").isZero();
		this.dialogues.as(this.facilitator, (me) -> {
			this.vision.answer(this.slug, me, commentId, Disposition.PARTLY_INCORPORATED,
					"Version 2 asks for an end to mercury in processing by 2027, and by 2030 everywhere.", null);
			return null;
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select answered_at is not null from sms_contribution where id = ?",
					Boolean.class, onVision));
		this.sender.sendQueued();
		String answer = last(phone);
		assertThat(answer).startsWith("Ulisema: \"Mercury is cheap")
			.contains("Tulifanya: Imejumuishwa kwa sehemu: Version 2 asks");
		assertThat(SmsSegments.of(answer).count()).isLessThanOrEqualTo(2);
	}

	@Test
	void aRefusedTitleComesBackNextToItsFieldAsTyped() throws Exception {
		String phone = joined("Geita");
		webhook(phone, "Our pits have no first aid kit.");
		long contribution = this.jdbc.queryForObject("""
				select c.id from sms_contribution c join dialogue d on d.id = c.dialogue_id
				where d.slug = ? and c.body = 'Our pits have no first aid kit.'""", Long.class, this.slug);
		MockHttpServletResponse refused = this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/" + contribution + "/challenge").param("title", "Aid"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#title-" + contribution).attr("value")).isEqualTo("Aid");
		assertThat(page.select("#title-" + contribution).attr("aria-describedby"))
			.isEqualTo("title-" + contribution + "-error");
		assertThat(page.select("#title-" + contribution + "-error").text())
			.isEqualTo("Give the challenge a title of 5 to 150 characters.");
		assertThat(this.jdbc.queryForObject("select status from sms_contribution where id = ?", String.class,
				contribution))
			.isEqualTo("NEW");
	}

	@Test
	void theWebhookRefusesUnsignedCallsAndLimitsEachNumber() throws Exception {
		byte[] body = form("id", "x-" + NUMBERS.incrementAndGet(), "from", newPhone(), "text", "JOIN " + this.code);
		assertThat(new WebClient(this.mvc)
			.performAsIs(post("/hooks/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
			.getStatus()).isEqualTo(401);
		assertThat(new WebClient(this.mvc)
			.performAsIs(post("/hooks/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Sms-Signature", SmsWebhook.sign("wrong key", body))
				.content(body))
			.getStatus()).isEqualTo(401);
		assertThat(new WebClient(this.mvc)
			.performAsIs(post("/hooks/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Sms-Signature", "sha256=" + SmsWebhook.sign(SMS_SIGNING_KEY, body))
				.content(body))
			.getStatus()).isEqualTo(200);

		String phone = newPhone();
		int last = 0;
		for (int i = 0; i < 21; i++) {
			last = webhook(phone, "hello " + i);
		}
		assertThat(last).isEqualTo(429);
	}

	@Test
	void theBudgetStopsRepliesAndAdminsRetryFailedMessages() throws Exception {
		String phone = joined("Nyang'hwale");
		fake().failing(true);
		webhook(phone, "Tunahitaji mafunzo ya usalama.");
		this.sender.sendQueued();
		long failed = this.jdbc.queryForObject(
				"select max(id) from sms_outbound where status = 'FAILED' and body like 'Tumepokea%'", Long.class);
		WebClient admin = client(ADMIN_EMAIL, ADMIN_PASSWORD);
		Document console = Jsoup.parse(admin.perform(get("/admin/sms")).getContentAsString());
		assertThat(console.text()).contains("Gateway in use: fake", phone, "The fake gateway is set to fail");
		assertThat(client(this.facilitator).perform(get("/admin/sms")).getStatus()).isEqualTo(403);
		fake().failing(false);
		assertThat(admin.perform(post("/admin/sms/" + failed + "/retry")).getStatus()).isEqualTo(302);
		this.sender.sendQueued();
		assertThat(this.jdbc.queryForObject("select status from sms_outbound where id = ?", String.class, failed))
			.isEqualTo("SENT");

		this.facilitatorClient.perform(
				post("/dialogues/" + this.slug + "/sms/settings").param("code", this.code).param("monthlyBudget", "0"));
		int before = sentTo(phone).size();
		webhook(phone, "Hakuna maji safi.");
		assertThat(sentTo(phone)).as("no receipt over budget").hasSize(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sms_outbound where status = 'OVER_BUDGET' and body like 'Tumepokea%'",
				Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from sms_contribution where body = 'Hakuna maji safi.'",
				Integer.class))
			.as("the text itself still arrives")
			.isEqualTo(1);
		Document inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.text()).contains("of 0 SMS segments used");
	}

	@Test
	void onlyFacilitatorsSeeTheInbox() throws Exception {
		String member = this.accounts.create("Juma Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, member, org.commonground.dialogue.DisplayMode.NAMED);
		assertThat(client(member).perform(get("/dialogues/" + this.slug + "/sms")).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/sms")).getStatus()).isIn(302, 404);
	}

	/** A number that went through the Swahili joining exchange as an artisanal miner. */
	private String joined(String district) throws Exception {
		String phone = newPhone();
		webhook(phone, "JIUNGE " + this.code);
		Matcher miner = Pattern.compile("(\\d+) Mchimbaji mdogo").matcher(last(phone));
		String choice = miner.find() ? miner.group(1) : null;
		assertThat(choice).as(last(phone)).isNotNull();
		webhook(phone, choice);
		webhook(phone, district);
		webhook(phone, "NDIYO");
		return phone;
	}

	private int webhook(String phone, String text) throws Exception {
		return webhook("msg-" + NUMBERS.incrementAndGet(), phone, text);
	}

	private int webhook(String id, String phone, String text) throws Exception {
		byte[] body = form("id", id, "from", phone, "text", text);
		int status = new WebClient(this.mvc)
			.performAsIs(post("/hooks/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Sms-Secret", SMS_SECRET)
				.content(body))
			.getStatus();
		this.sender.sendQueued();
		return status;
	}

	private static byte[] form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append((i == 0) ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString().getBytes(StandardCharsets.UTF_8);
	}

	private FakeSmsGateway fake() {
		return (FakeSmsGateway) this.gateway;
	}

	private List<String> sentTo(String phone) {
		return fake().sentTo(phone);
	}

	private String last(String phone) {
		List<String> sent = sentTo(phone);
		return sent.isEmpty() ? null : sent.get(sent.size() - 1);
	}

	private static String newPhone() {
		return "+2557" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
	}

	private WebClient client(String email) throws Exception {
		return client(email, TestAccounts.PASSWORD);
	}

	private WebClient client(String email, String password) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, password);
		return client;
	}

}
