package org.commonground.sms;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.account.AccountDeletion;
import org.commonground.account.AccountRole;
import org.commonground.account.DeletionProperties;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.support.Zips;
import org.commonground.vision.Disposition;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
	ChallengeTranslations translations;

	@Autowired
	VisionService vision;

	@Autowired
	org.commonground.dialogue.DialogueService dialogueService;

	@Autowired
	PhoneNumbers phones;

	@Autowired
	AccountDeletion deletion;

	@Autowired
	DeletionProperties deletionProperties;

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
	void theDialoguesPageTellsEveryoneHowToTakePartBySms() throws Exception {
		String page = "/dialogues/" + this.slug;
		assertThat(
				Jsoup.parse(new WebClient(this.mvc).perform(get(page)).getContentAsString()).select(".sms-join").text())
			.isEqualTo("Take part by SMS: send JOIN " + this.code + " to " + IntegrationTest.SMS_NUMBER + ".");
		assertThat(Jsoup
			.parse(new WebClient(this.mvc).perform(get(page).header("Accept-Language", "sw")).getContentAsString())
			.select(".sms-join")
			.text()).startsWith("Shiriki kwa SMS: tuma JIUNGE " + this.code);
		String other = this.dialogues.create(this.facilitator, "Not by SMS", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		assertThat(Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + other)).getContentAsString())
			.select(".sms-join")).as("no code, no note").isEmpty();
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
		assertThat(last(phone)).as("not understood: a short message, not the list again")
			.matches("Haikueleweka\\. Jibu kwa namba kuanzia 1 hadi \\d+\\.");
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
		assertThat(page.select(".challenge .recorded-note").text()).as("shown as recorded by SMS, at no meeting")
			.startsWith("Recorded on behalf of 1 person on ")
			.endsWith(" · Text message Checked");
		assertThat(page.select(".recorded-note a")).isEmpty();
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/export.csv"))
				.getContentAsString(StandardCharsets.UTF_8)
				.substring(1)))
			.getRecords();
		CSVRecord row = rows.stream()
			.filter((r) -> r.get("title").equals("Mercury burns near the ball mills"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(row.get("recorded_at_meeting"), row.get("recorded_channel"), row.get("recorded_for_people"),
				row.get("author_group_code")))
			.containsExactly("", "SMS", "1", "ARTISANAL_MINER");
		JsonNode recorded = null;
		for (JsonNode c : new ObjectMapper()
			.readTree(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/export.json"))
				.getContentAsString(StandardCharsets.UTF_8))
			.get("challenges")) {
			if (c.get("id").asLong() == challengeId) {
				recorded = c.get("recorded");
			}
		}
		assertThat(recorded).isNotNull();
		assertThat(recorded.get("channel").asString()).isEqualTo("SMS");
		assertThat(recorded.get("meeting").isNull()).isTrue();
		assertThat(recorded.get("people").asInt()).isEqualTo(1);
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
			.containsExactly("Question: Write a question of 5 to 200 characters.");
		// The paragraphs are offered in the vision's language, marked where it is not the
		// reader's.
		String original = this.jdbc.queryForObject("select original_language from dialogue where slug = ?",
				String.class, this.slug);
		assertThat(empty.select("select#paragraphKey option[value=" + key + "]").attr("lang"))
			.isEqualTo("en".equals(original) ? "" : original);
		this.jdbc.update(
				"update dialogue set original_language = 'fr', languages = array_append(languages, 'fr') where slug = ?",
				this.slug);
		assertThat(Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString())
			.select("select#paragraphKey option[value=" + key + "]")
			.attr("lang")).isEqualTo("fr");
		this.jdbc.update(
				"update dialogue set original_language = ?, languages = array_remove(languages, 'fr') where slug = ?",
				original, this.slug);
		MockHttpServletResponse asked = this.facilitatorClient
			.perform(post("/dialogues/" + this.slug + "/sms/questions").param("paragraphKey", key)
				.param("text", "Mercury use ends by 2030: agreed?"));
		assertThat(asked.getStatus()).isEqualTo(302);
		this.sender.sendQueued();
		assertThat(last(phone))
			.isEqualTo("Mercury use ends by 2030: agreed? Jibu 1 nakubali, 2 naweza kuishi nayo, 3 sikubali.");
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
		// French typography: a no-break space before the colon.
		this.facilitatorClient.perform(post("/language").param("lang", "fr"));
		Document inFrench = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		this.facilitatorClient.perform(post("/language").param("lang", "en"));
		assertThat(inFrench.select(".sms-questions").html()).contains("&nbsp;: 0 d’accord, 1 acceptable");

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
			.performAsIs(post("/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
			.getStatus()).isEqualTo(401);
		assertThat(new WebClient(this.mvc)
			.performAsIs(post("/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Sms-Signature", SmsWebhook.sign("wrong key", body))
				.content(body))
			.getStatus()).isEqualTo(401);
		// The contract's path is /sms/inbound; gateways set up with the earlier path
		// still reach it.
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
		// The failed message's time with its zone named and an offset in datetime, as
		// everywhere else, not a bare local time.
		org.jsoup.nodes.Element failedAt = console.selectFirst(".sms-failed time");
		assertThat(failedAt.attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
		assertThat(failedAt.text()).matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} .+");
		assertThat(client(this.facilitator).perform(get("/admin/sms")).getStatus()).isEqualTo(404);
		fake().failing(false);
		assertThat(admin.perform(post("/admin/sms/" + failed + "/retry")).getStatus()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_entry where action = 'SMS_RETRIED' and reason = ?",
						Integer.class, "#" + failed))
			.as("audited")
			.isEqualTo(1);
		// The scheduled sender may hold the row (FOR UPDATE SKIP LOCKED) while this one
		// skips it: wait for whichever sends it.
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.sender.sendQueued();
			return "SENT"
				.equals(this.jdbc.queryForObject("select status from sms_outbound where id = ?", String.class, failed));
		});

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
	void anAdminHandsOverTheDataOfSomeoneOnABasicPhoneAndErasesTheirNumber() throws Exception {
		String phone = joined("Geita");
		webhook(phone, "Mizani ya wanunuzi si sahihi.");
		String hash = this.phones.hash(phone);
		// A second number that never consented: only the number, language and district.
		String unconsented = newPhone();
		webhook(unconsented, "JIUNGE " + this.code);
		String unconsentedHash = this.phones.hash(unconsented);
		long account = this.jdbc.queryForObject("select account_id from sms_participant where phone_hash = ?",
				Long.class, hash);
		WebClient admin = client(ADMIN_EMAIL, ADMIN_PASSWORD);

		// Bad input: the error next to the field, what was typed kept.
		Document empty = Jsoup.parse(admin.perform(post("/admin/sms/people").param("phone", "")).getContentAsString());
		assertThat(empty.select("#phone-error").text()).isNotBlank();
		Document wrong = Jsoup
			.parse(admin.perform(post("/admin/sms/people").param("phone", "0754 abc")).getContentAsString());
		assertThat(wrong.select("#phone-error").text()).contains("Enter a phone number of 6 to 15 digits");
		assertThat(wrong.select("#phone").val()).isEqualTo("0754 abc");
		assertThat(Jsoup
			.parse(admin.perform(post("/admin/sms/people").param("phone", "+255 700 000 000")).getContentAsString())
			.select("#people [role=status]")
			.text()).isEqualTo("This number takes part in no dialogue.");

		// The number as the person gives it, spaced: their dialogue, with what can be
		// done.
		String spaced = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
		Document found = Jsoup
			.parse(admin.perform(post("/admin/sms/people").param("phone", spaced)).getContentAsString());
		assertThat(found.select(".sms-people .card-title").eachText()).singleElement()
			.asString()
			.startsWith("Geita by SMS");
		assertThat(found.select(".sms-people dd").eachText()).contains("Taking part", "Kiswahili");
		String data = "/admin/sms/people/" + account + "/data";
		assertThat(found.select("form[action='" + data + "'] input[name=_csrf]")).isNotEmpty();
		// Admins only; only offline accounts (a web user downloads their own).
		assertThat(client(this.facilitator).perform(post("/admin/sms/people").param("phone", phone)).getStatus())
			.isEqualTo(404);
		long facilitatorId = this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				this.facilitator);
		assertThat(admin.perform(post("/admin/sms/people/" + facilitatorId + "/data")).getStatus()).isEqualTo(404);
		assertThat(admin.perform(post("/admin/sms/people/" + facilitatorId + "/delete")).getStatus()).isEqualTo(404);

		// Their account cannot log in: no other role, no API token.
		admin.perform(post("/admin/accounts/" + account + "/role").param("role", "ADMIN").param("confirmed", "true"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, account))
			.isEqualTo("PARTICIPANT");
		String offlineEmail = this.jdbc.queryForObject("select email from account where id = ?", String.class, account);
		admin.perform(post("/admin/api-tokens").param("email", offlineEmail).param("label", "Not for SMS"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class, account))
			.isZero();

		// Their archive, with the README in their language, and the audit log says who.
		MockHttpServletResponse zip = admin.perform(post(data));
		assertThat(zip.getContentType()).isEqualTo("application/zip");
		Map<String, String> files = Zips.unzip(zip.getContentAsByteArray());
		assertThat(files.get("sms_participation.csv")).contains(phone).contains("Geita").contains("ACTIVE");
		assertThat(files.get("sms_texts.csv")).contains("Mizani ya wanunuzi si sahihi.");
		assertThat(files.get("sms_messages.csv")).contains("Tumepokea");
		assertThat(files.get("README.txt")).contains("sms_texts.csv / sms_texts.json: SMS ulizotuma kama michango");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ACCOUNT_DATA_HANDED_OVER' and subject_account_id = ?",
				Integer.class, account))
			.isEqualTo(1);

		// Deletion: asked for, kept, asked for again, then carried out after the grace
		// period.
		assertThat(admin.perform(post("/admin/sms/people/" + account + "/delete")).getRedirectedUrl())
			.isEqualTo("/admin/sms");
		assertThat(Jsoup.parse(admin.perform(get("/admin/sms")).getContentAsString()).select("#people .alert").text())
			.startsWith("Their account will be deleted on");
		Document pending = Jsoup
			.parse(admin.perform(post("/admin/sms/people").param("phone", phone)).getContentAsString());
		assertThat(pending.select(".sms-people .alert").text()).startsWith("Deletion asked for");
		admin.perform(post("/admin/sms/people/" + account + "/keep"));
		assertThat(this.jdbc.queryForObject("select deletion_requested_at from account where id = ?", Instant.class,
				account))
			.isNull();
		webhook(phone, "Bado tunasubiri jibu.");
		admin.perform(post("/admin/sms/people/" + account + "/delete"));
		Instant requested = this.jdbc.queryForObject("select deletion_requested_at from account where id = ?",
				Instant.class, account);
		this.deletion.purge(requested.plus(this.deletionProperties.grace()).plusSeconds(60));

		assertThat(this.jdbc.queryForObject("select status from account where id = ?", String.class, account))
			.isEqualTo("DELETED");
		assertThat(this.jdbc.queryForMap(
				"select phone_hash, phone_cipher, district from sms_participant where account_id = ?", account))
			.containsEntry("phone_cipher", "")
			.containsEntry("district", null)
			.doesNotContainValue(hash);
		for (String table : List.of("sms_participant", "sms_inbound")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where phone_hash = ?",
					Integer.class, hash))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from sms_outbound o join sms_participant p on p.id = o.participant_id
				where p.account_id = ? and (o.phone_cipher <> '' or o.status = 'QUEUED')""", Integer.class, account))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sms_contribution where body = ?", Integer.class,
				"Mizani ya wanunuzi si sahihi."))
			.as("the text stays, as contributions do")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from sms_contribution where body = ?", String.class,
				"Bado tunasubiri jibu."))
			.as("a text still waiting is declined")
			.isEqualTo("DECLINED");
		assertThat(this.jdbc.queryForObject("select opted_out_at is not null from sms_participant where account_id = ?",
				Boolean.class, account))
			.as("no question goes to a forgotten number")
			.isTrue();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from sms_outbound o join sms_participant p on p.id = o.participant_id
				where p.account_id = ? and o.last_error is not null""", Integer.class, account)).isZero();
		assertThat(Jsoup.parse(admin.perform(post("/admin/sms/people").param("phone", phone)).getContentAsString())
			.select("#people [role=status]")
			.text()).isEqualTo("This number takes part in no dialogue.");
		assertThat(admin.perform(post(data)).getStatus()).isEqualTo(404);

		// A number that never consented is forgotten on request, found as typed without
		// +.
		Document waiting = Jsoup.parse(
				admin.perform(post("/admin/sms/people").param("phone", unconsented.substring(1))).getContentAsString());
		assertThat(waiting.select(".sms-people dd").eachText()).contains("Joining: asked for their stakeholder group");
		String forget = waiting.select(".sms-people form[action$=/forget]").attr("action");
		assertThat(admin.perform(post(forget)).getRedirectedUrl()).isEqualTo("/admin/sms");
		for (String table : List.of("sms_participant", "sms_inbound")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where phone_hash = ?",
					Integer.class, unconsentedHash))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'SMS_NUMBER_FORGOTTEN'",
				Integer.class))
			.isPositive();
		assertThat(admin.perform(post(forget)).getStatus()).as("once").isEqualTo(404);

		// Texting again starts anew.
		webhook(phone, "JIUNGE " + this.code);
		assertThat(
				this.jdbc.queryForObject("select step from sms_participant where phone_hash = ?", String.class, hash))
			.isEqualTo("GROUP");
	}

	@Test
	void aClosedDialogueAcceptsNoTextButStillDeclinesThem() throws Exception {
		String phone = joined("Geita");
		String other = this.accounts.create("Neema Member", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.dialogues.addMember(this.slug, this.facilitator, other, org.commonground.dialogue.DisplayMode.NAMED);
		long challengeId = this.challenges.raise(this.slug, other, "Roads to the mines flood every rainy season");
		webhook(phone, "Our pit flooded again last night.");
		webhook(phone, "The buyers did not come this week.");
		List<Long> texts = this.jdbc.queryForList(
				"select c.id from sms_contribution c join dialogue d on d.id = c.dialogue_id where d.slug = ? order by c.id",
				Long.class, this.slug);
		this.dialogues.as(this.facilitator, (me) -> {
			this.dialogueService.changeStatus(this.slug, DialogueStatus.CLOSED, me);
			return null;
		});

		Document inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.select("p.alert.info").text()).startsWith("This dialogue is not open");
		assertThat(inbox.select("form[action$=/challenge], form[action$=/comment], form[action$=/vision-comment]"))
			.isEmpty();
		assertThat(inbox.select("form[action$=/decline]")).hasSize(2);
		String base = "/dialogues/" + this.slug + "/sms/" + texts.get(0);
		MockHttpServletResponse refused = this.facilitatorClient
			.perform(post(base + "/challenge").param("title", "Pits flood after the rains"));
		assertThat(refused.getStatus()).isEqualTo(302);
		assertThat(Jsoup.parse(this.facilitatorClient.perform(get(refused.getRedirectedUrl())).getContentAsString())
			.select(".alert.error")
			.text()).startsWith("This dialogue is not open: texts can no longer be accepted into it");
		this.facilitatorClient.perform(post(base + "/comment").param("challengeId", String.valueOf(challengeId)));
		assertThat(this.facilitatorClient.lastFlash().get("flashError")).isEqualTo("sms.error.dialogue-closed");
		this.facilitatorClient.perform(post(base + "/merge").param("challengeId", String.valueOf(challengeId)));
		assertThat(this.facilitatorClient.lastFlash().get("flashError")).isEqualTo("sms.error.dialogue-closed");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?""",
				Integer.class, this.slug))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select endorsement_count + comment_count from challenge where id = ?",
				Integer.class, challengeId))
			.as("no comment, nobody affected")
			.isZero();
		assertThat(this.jdbc.queryForObject("select status from sms_contribution where id = ?", String.class,
				texts.get(0)))
			.isEqualTo("NEW");

		this.facilitatorClient.perform(post("/dialogues/" + this.slug + "/sms/" + texts.get(1) + "/decline"));
		assertThat(this.jdbc.queryForObject("select status from sms_contribution where id = ?", String.class,
				texts.get(1)))
			.isEqualTo("DECLINED");

		// A text sent after the close is answered in the sender's language and not kept.
		webhook(phone, "Bado maji yanajaa shimoni.");
		assertThat(last(phone)).contains("yamefungwa");
		assertThat(this.jdbc.queryForObject("select count(*) from sms_contribution where body = ?", Integer.class,
				"Bado maji yanajaa shimoni."))
			.isZero();
	}

	@Test
	void onlyFacilitatorsSeeTheInbox() throws Exception {
		String member = this.accounts.create("Juma Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, member, org.commonground.dialogue.DisplayMode.NAMED);
		assertThat(client(member).perform(get("/dialogues/" + this.slug + "/sms")).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/sms")).getStatus()).isIn(302, 404);
	}

	@Test
	void anActiveParticipantWhoJoinsAgainStaysActive() throws Exception {
		String phone = joined("Geita");
		webhook(phone, "JIUNGE " + this.code);
		assertThat(last(phone)).as("a reminder, not the group list")
			.startsWith("Asante. Tuma maoni yako kuhusu Geita by SMS")
			.endsWith("kwa SMS. Jibu ACHA wakati wowote.");
		assertThat(this.jdbc.queryForObject(
				"select step || ' ' || (consented_at is not null) from sms_participant where phone_hash = ?",
				String.class, this.phones.hash(phone)))
			.isEqualTo("ACTIVE true");
		webhook(phone, "Maji ya mto ni machafu.");
		assertThat(last(phone)).startsWith("Tumepokea");
		assertThat(this.jdbc.queryForObject("select count(*) from sms_contribution where body = ?", Integer.class,
				"Maji ya mto ni machafu."))
			.isEqualTo(1);
	}

	@Test
	void aClosedDialogueCannotBeJoined() throws Exception {
		this.dialogues.as(this.facilitator, (me) -> {
			this.dialogueService.changeStatus(this.slug, DialogueStatus.CLOSED, me);
			return null;
		});
		String phone = newPhone();
		webhook(phone, "JIUNGE " + this.code);
		assertThat(sentTo(phone)).singleElement()
			.asString()
			.startsWith("Geita by SMS")
			.endsWith("yamefungwa: hayapokei ujumbe mpya. Asante kwa kushiriki.");
		assertThat(this.jdbc.queryForObject("select count(*) from sms_participant where phone_hash = ?", Integer.class,
				this.phones.hash(phone)))
			.as("nothing stored, no account")
			.isZero();
		webhook(phone, "JIUNGE " + this.code);
		assertThat(sentTo(phone)).as("once a day").hasSize(1);
	}

	@Test
	void numbersThatTakePartNowhereLearnHowToJoinOnceADay() throws Exception {
		for (String text : List.of("JIUNGE: %s", "JIUNGE %s.", "JIUNGE,%s", "jiunge  %s !")) {
			String phone = newPhone();
			webhook(phone, text.formatted(this.code.toLowerCase()));
			assertThat(last(phone)).as(text).startsWith("Karibu Geita by SMS");
		}
		String mistyped = newPhone();
		webhook(mistyped, "JUINGE " + this.code);
		assertThat(sentTo(mistyped)).singleElement().isEqualTo("Kushiriki, tuma: JIUNGE " + this.code);
		webhook(mistyped, "Jiunge Geta");
		webhook(mistyped, "HELP");
		assertThat(sentTo(mistyped)).as("at most one a day to a number that takes part nowhere").hasSize(1);

		String unknownCode = newPhone();
		webhook(unknownCode, "Jiunge Geta");
		assertThat(sentTo(unknownCode)).singleElement().asString().startsWith("Hakuna mazungumzo yenye msimbo GETA");
		String greeting = newPhone();
		webhook(greeting, "Habari, nataka kujiunga");
		assertThat(sentTo(greeting)).singleElement().asString().startsWith("Kushiriki mazungumzo, tuma JIUNGE");
		String french = newPhone();
		webhook(french, "AIDE");
		assertThat(sentTo(french)).singleElement().asString().startsWith("Pour participer à un dialogue");
		String english = newPhone();
		webhook(english, "hello?");
		assertThat(sentTo(english)).singleElement()
			.isEqualTo("To take part in a dialogue, text JOIN and its code. Its facilitators give you the code.");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from sms_outbound where body like 'To take part in a dialogue%'
				and dialogue_id is null and participant_id is null and phone_cipher <> ''""", Integer.class))
			.as("counted against the platform's budget; the number forgotten once sent")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sms_participant where phone_hash in (?, ?, ?)",
				Integer.class, this.phones.hash(mistyped), this.phones.hash(greeting), this.phones.hash(english)))
			.isZero();
	}

	@Test
	void answersToNumbersThatTakePartNowhereStopAtThePlatformsMonthlyBudget() throws Exception {
		// This month's platform budget (app.sms.default-budget, 500 segments) spent by
		// earlier answers to strangers.
		long spent = this.jdbc.queryForObject("""
				insert into sms_outbound (dialogue_id, participant_id, phone_cipher, body, segments, status, created_at,
				                          sent_at)
				values (null, null, '', 'Earlier answers', 500, 'SENT', now(), now()) returning id""", Long.class);
		try {
			String stranger = newPhone();
			webhook(stranger, "hello?");
			assertThat(sentTo(stranger)).as("nothing sent over the platform's budget").isEmpty();
			assertThat(this.jdbc.queryForObject("""
					select count(*) from sms_outbound where dialogue_id is null and status = 'OVER_BUDGET'
					and body like 'To take part in a dialogue%' and id > ?""", Integer.class, spent))
				.as("kept as over budget, never sent")
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update("delete from sms_outbound where id = ?", spent);
		}
		String next = newPhone();
		webhook(next, "hello?");
		assertThat(sentTo(next)).as("answered again once the budget allows").hasSize(1);
	}

	@Test
	void answersTheJoiningStepsDoNotTakeAreNotUnderstood() throws Exception {
		String phone = newPhone();
		webhook(phone, "JIUNGE " + this.code);
		Matcher miner = Pattern.compile("(\\d+) Mchimbaji mdogo").matcher(last(phone));
		assertThat(miner.find()).isTrue();
		assertThat(last(phone)).as("groups apart with another separator than their commas")
			.contains("; ")
			.contains("Mnunuzi, mfanyabiashara au msafishaji");
		webhook(phone, "mchimbaji");
		assertThat(last(phone)).matches("Haikueleweka\\. Jibu kwa namba kuanzia 1 hadi \\d+\\.");
		assertThat(SmsSegments.of(last(phone)).count()).isEqualTo(1);
		webhook(phone, miner.group(1));
		webhook(phone, "NDIYO");
		assertThat(last(phone)).isEqualTo("Haikueleweka. Jibu kwa jina la wilaya yako.");
		webhook(phone, "Nyarugusu, Geita 2");
		assertThat(last(phone)).startsWith("Namba yako ni siri");
		webhook(phone, "sijui");
		assertThat(last(phone)).isEqualTo("Haikueleweka. Jibu NDIYO kukubali au ACHA kusitisha.");
		webhook(phone, "Ndiyo.");
		assertThat(last(phone)).startsWith("Asante. Tuma maoni yako");
		assertThat(this.jdbc.queryForObject("select district from sms_participant where phone_hash = ?", String.class,
				this.phones.hash(phone)))
			.isEqualTo("Nyarugusu, Geita 2");
	}

	@Test
	void keywordsAreNotContributionsAndStopIsConfirmed() throws Exception {
		String phone = joined("Geita");
		for (String help : List.of("MSAADA", "help", "Aide?", "AYUDA", "AJUDA")) {
			webhook(phone, help);
			assertThat(last(phone)).as(help).startsWith("Tuma maoni yako: wawezeshaji wanayasoma.");
			assertThat(SmsSegments.of(last(phone)).count()).isLessThanOrEqualTo(2);
		}
		webhook(phone, "1");
		assertThat(last(phone)).isEqualTo("Hakuna swali lililo wazi. Tuma maoni yako kwa maneno.");
		webhook(phone, "JIUNGE");
		assertThat(last(phone)).startsWith("Kushiriki mazungumzo, tuma JIUNGE");
		webhook(phone, "Acha kuchoma zebaki karibu na watoto");
		assertThat(last(phone)).as("a view that starts with a STOP word is a view").startsWith("Tumepokea");
		webhook(phone, "Acha.");
		assertThat(last(phone)).isEqualTo("Hutapokea SMS zaidi. Kurudi, tuma JIUNGE " + this.code + ".");
		int before = sentTo(phone).size();
		webhook(phone, "Acha!");
		webhook(phone, "Habari");
		assertThat(sentTo(phone)).as("one confirmation, then nothing").hasSize(before);
		assertThat(this.jdbc.queryForList("""
				select c.body from sms_contribution c join sms_participant p on p.id = c.participant_id
				where p.phone_hash = ?""", String.class, this.phones.hash(phone)))
			.containsExactly("Acha kuchoma zebaki karibu na watoto");

		String polite = joined("Geita");
		webhook(polite, "acha tafadhali");
		assertThat(last(polite)).startsWith("Hutapokea SMS zaidi.");
		assertThat(this.jdbc.queryForObject("select opted_out_at is not null from sms_participant where phone_hash = ?",
				Boolean.class, this.phones.hash(polite)))
			.isTrue();
	}

	@Test
	void theAnswerCarriesTheResponseInTheSendersLanguage() throws Exception {
		String phone = joined("Geita");
		webhook(phone, "Hakuna kliniki karibu na machimbo.");
		long contribution = this.jdbc.queryForObject("select id from sms_contribution where body = ?", Long.class,
				"Hakuna kliniki karibu na machimbo.");
		this.facilitatorClient.perform(post("/dialogues/" + this.slug + "/sms/" + contribution + "/challenge")
			.param("title", "No clinic near the mines"));
		long challengeId = this.jdbc.queryForObject("select challenge_id from sms_contribution where id = ?",
				Long.class, contribution);
		this.dialogues.as(this.facilitator, (me) -> {
			long version = this.facilitation.forFacilitating(this.slug, me, challengeId).challenge().getVersion();
			this.facilitation.respond(this.slug, me, challengeId, ChallengeStatus.UNDER_DISCUSSION,
					"A mobile clinic will come every Tuesday.", "en", version);
			this.translations.translate(this.slug, me, challengeId, "sw", "", "",
					"Kliniki inayotembea itakuja kila Jumanne.");
			return null;
		});
		assertThat(this.answers.answer()).isGreaterThanOrEqualTo(1);
		this.sender.sendQueued();
		assertThat(last(phone)).startsWith("Ulisema: \"Hakuna kliniki")
			.contains("Tulifanya: Kliniki inayotembea itakuja kila Jumanne.");
	}

	@Test
	void theInboxShowsTitlesInTheReadersLanguageTextsWithTheirsAndWarnsOfAnExhaustedBudget() throws Exception {
		String phone = joined("Geita");
		webhook(phone, "Tunahitaji barabara.");
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, this.slug);
		this.jdbc.update("update dialogue set languages = '{en,sw}' where id = ?", dialogueId);
		this.jdbc.update("""
				insert into dialogue_translation (dialogue_id, language, title, summary, translated_by, translated_at)
				select ?, 'sw', 'Geita kwa SMS', 'Muhtasari', id, now() from account where email = ?""", dialogueId,
				this.facilitator);
		this.facilitatorClient.perform(post("/language").param("lang", "sw"));
		Document inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.select(".breadcrumb a").text()).isEqualTo("Geita kwa SMS");
		assertThat(inbox.title()).contains("Geita kwa SMS");
		assertThat(inbox.select(".sms-text").attr("lang")).isEqualTo("sw");
		assertThat(inbox.select("#budget-used-up")).isEmpty();

		this.facilitatorClient.perform(
				post("/dialogues/" + this.slug + "/sms/settings").param("code", this.code).param("monthlyBudget", "1"));
		inbox = Jsoup
			.parse(this.facilitatorClient.perform(get("/dialogues/" + this.slug + "/sms")).getContentAsString());
		assertThat(inbox.select("#budget-used-up").text()).startsWith("Bajeti ya mwezi huu imekwisha");
	}

	@Test
	void anAdminFindsANumberAsDialledInTheCountry() throws Exception {
		this.jdbc.update("update dialogue set country = 'TZ' where slug = ?", this.slug);
		String phone = joined("Geita");
		WebClient admin = client(ADMIN_EMAIL, ADMIN_PASSWORD);
		String national = "0" + phone.substring(4, 7) + " " + phone.substring(7);
		Document found = Jsoup
			.parse(admin.perform(post("/admin/sms/people").param("phone", national)).getContentAsString());
		assertThat(found.select(".sms-people .card-title").eachText()).singleElement()
			.asString()
			.startsWith("Geita by SMS");

		// In Kiswahili, the dialogue's Kiswahili title.
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, this.slug);
		this.jdbc.update("update dialogue set languages = '{en,sw}' where id = ?", dialogueId);
		this.jdbc.update("""
				insert into dialogue_translation (dialogue_id, language, title, summary, translated_by, translated_at)
				select ?, 'sw', 'Geita kwa SMS', 'Muhtasari', id, now() from account where email = ?""", dialogueId,
				this.facilitator);
		admin.perform(post("/language").param("lang", "sw"));
		try {
			Document swahili = Jsoup
				.parse(admin.perform(post("/admin/sms/people").param("phone", phone)).getContentAsString());
			assertThat(swahili.select(".sms-people .card-title").eachText()).containsExactly("Geita kwa SMS");
		}
		finally {
			// The choice is kept on the admin's account, which the other tests share.
			admin.perform(post("/language").param("lang", "en"));
		}
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
			.performAsIs(post("/sms/inbound").contentType(MediaType.APPLICATION_FORM_URLENCODED)
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
