package org.commonground.resource;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The library end to end: uploads checked by content, pictures served without EXIF, files
 * behind the dialogue's visibility, blog authors, photo stories, the feed.
 */
class ResourceIT extends IntegrationTest {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	FileStorage storage;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	String facilitator;

	String member;

	String outsider;

	String slug;

	@BeforeEach
	void dialogueWithAMember() {
		this.facilitator = this.accounts.create("Faraji Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.member = this.accounts.create("Mwajuma Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.outsider = this.accounts.create("Oscar Outsider", AccountRole.PARTICIPANT, "BUYER");
		this.slug = this.dialogues.create(this.facilitator, "Library", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.member, DisplayMode.NAMED);
	}

	@Test
	void aPictureIsServedWithoutItsGpsPositionAndUpright() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Geita at dawn", null);
		MockHttpServletResponse added = facilitator
			.upload(upload("/resources/" + story + "/frames", "pit.jpg", TestJpegs.withGps(800, 400, 6))
				.param("alt[en]", "A shaft head at dawn")
				.param("caption[sw]", "Alfajiri kwenye shimo")
				.param("consent", "NO_PEOPLE"));
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).endsWith("/resources/" + story + "/frames/1");

		Document frame = Jsoup.parse(client(this.member)
			.perform(get(base() + "/resources/" + story + "/frames/1").header("Accept-Language", "sw"))
			.getContentAsString());
		var img = frame.selectFirst("figure img");
		assertThat(img.attr("alt")).isEqualTo("A shaft head at dawn");
		assertThat(img.attr("width")).isEqualTo("320");
		assertThat(img.attr("height")).isEqualTo("640");
		assertThat(img.attr("srcset")).contains("320.jpg 320w").contains("400.jpg 400w");
		assertThat(frame.selectFirst("figcaption").text()).contains("Alfajiri kwenye shimo");
		// The alt text has no Swahili version: a Swahili reader's page marks the English
		// one as English; an English reader's page needs no mark.
		Document swahili = Jsoup.parse(new WebClient(this.mvc)
			.perform(get(base() + "/resources/" + story + "/frames/1").header("Accept-Language", "sw"))
			.getContentAsString());
		assertThat(swahili.selectFirst("html").attr("lang")).isEqualTo("sw");
		assertThat(swahili.selectFirst("figure img").attr("lang")).isEqualTo("en");
		Document english = Jsoup.parse(new WebClient(this.mvc)
			.perform(get(base() + "/resources/" + story + "/frames/1").header("Accept-Language", "en"))
			.getContentAsString());
		assertThat(english.selectFirst("figure img").hasAttr("lang")).isFalse();

		// Anyone may read a public dialogue's pictures: none carries EXIF.
		MockHttpServletResponse served = new WebClient(this.mvc).perform(get(img.attr("src")));
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/jpeg");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeader("Cache-Control")).as("a public picture may be kept")
			.isEqualTo("max-age=86400, private");
		byte[] bytes = served.getContentAsByteArray();
		assertThat(TestJpegs.carriesExif(bytes)).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(640);
		// A width that was not kept is not there.
		String src = img.attr("src");
		assertThat(new WebClient(this.mvc).perform(get(src.replace("/320.jpg", "/321.jpg"))).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aFileWhoseStoredBytesAreGoneIsNotFoundRatherThanAnError() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Geita at dusk", null);
		facilitator.upload(upload("/resources/" + story + "/frames", "pit.jpg", TestJpegs.withGps(800, 400, 6))
			.param("alt[en]", "A shaft head at dusk")
			.param("consent", "NO_PEOPLE"));
		String src = Jsoup
			.parse(client(this.member).perform(get(base() + "/resources/" + story + "/frames/1")).getContentAsString())
			.selectFirst("figure img")
			.attr("src");
		long fileId = Long.parseLong(src.replaceAll(".*/files/(\\d+)/.*", "$1"));
		String key = this.jdbc.queryForObject("select storage_key from stored_file where id = ?", String.class, fileId);
		this.storage.delete(key + "-320.jpg");

		// The picture is just not there; the page asking for it in Swahili says so.
		WebClient reader = new WebClient(this.mvc);
		assertThat(reader.perform(get(src)).getStatus()).isEqualTo(404);
		MockHttpServletResponse page = reader
			.perform(get(src).accept(org.springframework.http.MediaType.TEXT_HTML).header("Accept-Language", "sw"));
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(page.getContentAsString()).select("h1").text()).isEqualTo("Ukurasa haupatikani");
		assertThat(reader.perform(get(src.replace("/320.jpg", "/400.jpg"))).getStatus())
			.as("the widths still kept are served")
			.isEqualTo(200);
	}

	@Test
	void aConsentThatIsNotOneOfTheAnswersIsRefusedNamingTheField() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Geita by night", null);
		MockHttpServletResponse refused = facilitator
			.upload(upload("/resources/" + story + "/frames", "pit.jpg", TestJpegs.withGps(800, 400, 6))
				.param("alt[en]", "A shaft head by night")
				.param("consent", "MAYBE"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("People shown: Choose one of the answers listed: whether the people shown agreed.");
		assertThat(page.select("#consent.field-error").text())
			.isEqualTo("Choose one of the answers listed: whether the people shown agreed.");
	}

	@Test
	void aPageNotFoundOffersTheLanguageSwitcherLikeEveryOtherPage() throws Exception {
		WebClient member = client(this.member);
		MockHttpServletResponse response = member.perform(get(base() + "/resources/new"));
		assertThat(response.getStatus()).as("members do not add resources").isEqualTo(404);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("form.lang-switch button").eachAttr("value")).containsExactlyInAnyOrder("en", "fr", "sw",
				"es", "pt");
		assertThat(page.select("form.lang-switch input[name=return]").val()).isEqualTo(base() + "/resources/new");
		member.perform(post("/language").param("lang", "sw").param("return", base() + "/resources/new"));
		assertThat(Jsoup.parse(member.perform(get(base() + "/resources/new")).getContentAsString()).select("h1").text())
			.isEqualTo("Ukurasa haupatikani");
	}

	@Test
	void aFrameThatIsNotAPictureIsRefusedWithTheFramesOwnMessage() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Geita at noon", null);
		MockHttpServletResponse refused = facilitator
			.upload(upload("/resources/" + story + "/frames", "report.pdf", PDF).param("alt[en]", "A report")
				.param("consent", "NO_PEOPLE"));
		assertThat(refused.getStatus()).isEqualTo(200);
		String errors = Jsoup.parse(refused.getContentAsString()).select(".field-error").text();
		assertThat(errors).contains("Use a JPEG or PNG picture.").doesNotContain("a data file");

		// A picture too large to decode is refused for its pixels, not as no picture.
		MockHttpServletResponse huge = facilitator
			.upload(upload("/resources/" + story + "/frames", "bomb.png", TestJpegs.pngStating(30000, 30000))
				.param("alt[en]", "A huge picture")
				.param("consent", "NO_PEOPLE"));
		assertThat(Jsoup.parse(huge.getContentAsString()).select(".field-error").text())
			.contains("This picture has too many pixels (900 megapixels): at most 64 megapixels can be used here.")
			.doesNotContain("JPEG or PNG");
		Document square = Jsoup.parse(
				facilitator
					.upload(upload("/resources/" + story + "/frames", "big.png", TestJpegs.pngStating(12000, 12000))
						.param("alt[en]", "A huge picture")
						.param("consent", "NO_PEOPLE"))
					.getContentAsString());
		assertThat(square.select(".field-error").text()).contains("too many pixels (144 megapixels)");

		// A blog post's picture is a picture too: no PDF is offered.
		MockHttpServletResponse blog = facilitator.upload(upload("/resources", "report.pdf", PDF).param("kind", "BLOG")
			.param("title", "A week at the pit")
			.param("body", "We met.")
			.param("imageAlt", "A report"));
		assertThat(blog.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(blog.getContentAsString()).select(".field-error").text())
			.contains("Use a JPEG or PNG picture.")
			.doesNotContain("PDF");
		// The file field points to its hint and its error, so a screen reader says both.
		org.jsoup.nodes.Element input = Jsoup.parse(blog.getContentAsString()).selectFirst("input#file");
		assertThat(input.attr("aria-describedby")).isEqualTo("file-hint file-error");
		assertThat(Jsoup.parse(facilitator.perform(get(base() + "/resources/new")).getContentAsString())
			.selectFirst("input#file")
			.attr("aria-describedby")).isEqualTo("file-hint");
	}

	@Test
	void aFileNameLosesTheInvisibleCharactersThatDisguiseItsType() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse created = facilitator
			.upload(upload("/resources", "invoice\u202Efdp.exe\u200B", PDF).param("kind", "RESEARCH")
				.param("title", "A disguised name"));
		assertThat(created.getStatus()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources/" + id)).getContentAsString());
		MockHttpServletResponse download = new WebClient(this.mvc)
			.perform(get(page.selectFirst(".download a").attr("href")));
		String disposition = download.getHeader("Content-Disposition");
		// A PDF is named as one, whatever its name ended with.
		assertThat(disposition).contains("invoicefdp.pdf")
			.doesNotContain(".exe")
			.doesNotContain("\u202E")
			.doesNotContainIgnoringCase("%E2%80%AE")
			.doesNotContainIgnoringCase("%E2%80%8B");
		assertThat(this.jdbc.queryForList("select original_name from stored_file where original_name like 'invoice%'",
				String.class))
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(name).doesNotContain("\u202E").doesNotContain("\u200B"));
	}

	@Test
	void aDownloadIsNamedForTheTypeItWasFoundToBe() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse created = facilitator.upload(upload("/resources", "notes.html",
				"Notes of the meeting in Geita.\nWe agreed on a retort.\n".getBytes(StandardCharsets.UTF_8))
			.param("kind", "RESEARCH")
			.param("title", "Meeting notes"));
		assertThat(created.getStatus()).isEqualTo(302);
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get(created.getRedirectedUrl())).getContentAsString());
		MockHttpServletResponse download = new WebClient(this.mvc)
			.perform(get(page.selectFirst(".download a").attr("href")));
		assertThat(download.getContentType()).startsWith("text/plain");
		assertThat(download.getHeader("Content-Disposition")).contains("notes.txt").doesNotContain(".html");
		assertThat(FileIntake.nameFor("minutes.TXT", "text/plain")).isEqualTo("minutes.TXT");
		assertThat(FileIntake.nameFor("report v1.2", "application/pdf")).isEqualTo("report v1.2.pdf");
		assertThat(FileIntake.nameFor("song.wma", "audio/mpeg")).isEqualTo("song.mp3");
	}

	@Test
	void theTypeComesFromTheContentNotTheName() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse refused = facilitator
			.upload(upload("/resources", "study.pdf", "<html><script>alert(1)</script></html>".getBytes())
				.param("kind", "RESEARCH")
				.param("title", "A study that is a web page"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select(".field-error").text()).contains("This kind of file cannot be uploaded here");
		assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("A study that is a web page");

		long id = create(facilitator, "RESEARCH", "IIED 2018 study on mercury use", PDF);
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources/" + id)).getContentAsString());
		assertThat(page.select(".download").text()).contains("PDF, 1 KB");
		String href = page.selectFirst(".download a").attr("href");
		MockHttpServletResponse pdf = new WebClient(this.mvc).perform(get(href));
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(pdf.getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(pdf.getContentAsByteArray()).isEqualTo(PDF);

		// A picture is named as one, in the reader's language, not by its MIME type.
		long picture = create(facilitator, "RESEARCH", "Map of the Nyarugusu pits", TestJpegs.withGps(800, 400, 6));
		Document library = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources")).getContentAsString());
		assertThat(library.select("a[href$=/resources/" + picture + "]").first().closest("li").text())
			.containsPattern("JPEG image, \\d+ KB")
			.doesNotContain("image/jpeg");
		Document inSwahili = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources").header("Accept-Language", "sw"))
				.getContentAsString());
		assertThat(inSwahili.text()).containsPattern("Picha ya JPEG, \\d+ KB")
			.contains("PDF, 1 KB")
			.doesNotContain("image/jpeg");
		// French units, with the no-break space before them.
		Document inFrench = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources").header("Accept-Language", "fr"))
				.getContentAsString());
		assertThat(inFrench.select("a[href$=/resources/" + id + "]").first().closest("li").text())
			.containsPattern("PDF, 1[\\s\u00a0]Ko")
			.doesNotContain("KB");
	}

	@Test
	void aMembersOnlyDialoguesFilesAreNotFoundByOthersWhateverTheirUrl() throws Exception {
		String hidden = this.dialogues.create(this.facilitator, "Closed library", Visibility.MEMBERS_ONLY,
				JoinPolicy.APPROVAL, true, DialogueStatus.OPEN);
		this.dialogues.addMember(hidden, this.facilitator, this.member, DisplayMode.NAMED);
		MockHttpServletResponse created = client(this.facilitator)
			.upload(multipart("/dialogues/" + hidden + "/resources").file(file("report.pdf", PDF))
				.param("kind", "PUBLICATION")
				.param("title", "Internal report"));
		String location = created.getRedirectedUrl();
		assertThat(location).startsWith("/dialogues/" + hidden + "/resources/");
		Document page = Jsoup.parse(client(this.member).perform(get(location)).getContentAsString());
		String href = page.selectFirst(".download a").attr("href");
		WebClient member = client(this.member);
		MockHttpServletResponse download = member.perform(get(href));
		assertThat(download.getStatus()).isEqualTo(200);
		// Never kept by the browser, so it is not there for the next person at a shared
		// computer; signing out (over HTTPS) empties the browser's cache too.
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
		MockHttpServletResponse signedOut = member.perform(post("/logout").secure(true));
		assertThat(signedOut.getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
		assertThat(client(this.outsider).perform(get(href)).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(href)).getStatus()).isEqualTo(404);
		// Nor through another dialogue's address.
		assertThat(client(this.outsider).perform(get(href.replace(hidden, this.slug))).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(location)).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + hidden + "/feed.atom")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void everyErrorOfTheResourceFormIsToldInTheFirstRound() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse refused = facilitator.perform(post(base() + "/resources").param("kind", "VIDEO")
			.param("title", "")
			.param("publishedOn", "last spring")
			.param("url", "javascript:alert(1)"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#title-error").text()).endsWith("Give a title.");
		assertThat(page.select("#publishedOn-error")).isNotEmpty();
		assertThat(page.select("#url-error").text()).endsWith("Give a web address starting with http:// or https://.");
		assertThat(page.select("#url").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#url").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.select("#transcript-error").text()).contains("need a transcript or a summary");
		assertThat(this.jdbc.queryForObject("select count(*) from resource where title = ''", Long.class)).isZero();
	}

	@Test
	void videosNeedATranscriptOrASummary() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse refused = facilitator.perform(post(base() + "/resources").param("kind", "VIDEO")
			.param("title", "Retort demonstration")
			.param("url", "https://video.example/retort"));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".field-error").text())
			.contains("need a transcript or a summary");
		// The summary at the top names the field each error belongs to.
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".error-summary li").eachText())
			.allSatisfy((item) -> assertThat(item).matches("(Summary|Transcript|Title|Web address): .+"))
			.isNotEmpty();
		MockHttpServletResponse accepted = facilitator.perform(post(base() + "/resources").param("kind", "VIDEO")
			.param("title", "Retort demonstration")
			.param("url", "https://video.example/retort")
			.param("transcript", "The retort catches the mercury vapour."));
		assertThat(accepted.getStatus()).isEqualTo(302);
	}

	@Test
	void onlyFacilitatorsAddResourcesAndTheMembersTheyAllowWriteOnTheBlog() throws Exception {
		WebClient member = client(this.member);
		assertThat(member
			.perform(post(base() + "/resources").param("kind", "BLOG")
				.param("title", "My first week")
				.param("body", "Hello"))
			.getStatus()).isEqualTo(404);
		assertThat(member.perform(get(base() + "/resources/new")).getStatus()).isEqualTo(404);

		long memberId = this.dialogues.as(this.member, (p) -> p.getId());
		WebClient facilitator = client(this.facilitator);
		Document blog = Jsoup.parse(facilitator.perform(get(base() + "/blog")).getContentAsString());
		assertThat(blog.select("select#accountId option").eachText()).contains("Mwajuma Miner");
		facilitator.perform(post(base() + "/blog/authors").param("accountId", "" + memberId));

		assertThat(member
			.perform(post(base() + "/resources").param("kind", "RESEARCH")
				.param("title", "Not mine to add")
				.param("url", "https://example.org"))
			.getStatus()).isEqualTo(404);
		MockHttpServletResponse posted = member.perform(post(base() + "/resources").param("kind", "BLOG")
			.param("title", "My first week")
			.param("body", "We met at the *pit*. <script>alert(1)</script>")
			.param("publishedOn", "2026-03-14"));
		assertThat(posted.getStatus()).isEqualTo(302);
		String post = posted.getRedirectedUrl();
		Document page = Jsoup.parse(facilitator.perform(get(post)).getContentAsString());
		assertThat(page.select(".markdown em").text()).isEqualTo("pit");
		assertThat(page.select(".markdown script")).isEmpty();
		assertThat(page.select(".byline").text()).contains("Mwajuma Miner");
		assertThat(page.select(".byline time").eachAttr("datetime")).as("one date: the publication date")
			.containsExactly("2026-03-14");
		assertThat(page.select(".byline time").text()).isEqualTo("14 Mar 2026");

		// Commentable through the comment module's one route.
		org.jsoup.nodes.Element form = page.selectFirst("form.comment-form");
		var comment = post(form.attr("action"));
		form.select("input[type=hidden]").forEach((input) -> comment.param(input.attr("name"), input.val()));
		MockHttpServletResponse commented = facilitator.perform(comment.param("body", "Thank you for writing this."));
		assertThat(commented.getStatus()).isEqualTo(302);
		assertThat(new WebClient(this.mvc).perform(get(post)).getContentAsString())
			.contains("Thank you for writing this.");

		Document list = Jsoup.parse(new WebClient(this.mvc).perform(get(base() + "/blog")).getContentAsString());
		assertThat(list.select(".resource-card h2").eachText()).containsExactly("My first week");
	}

	@Test
	void theLibraryFiltersByKindAndLanguageAndLinksEvidence() throws Exception {
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post(base() + "/resources").param("kind", "LINK")
			.param("title", "Minamata Convention text")
			.param("url", "https://example.org/minamata")
			.param("languages", "en", "fr"));
		long study = create(facilitator, "RESEARCH", "Mercury use in Geita", PDF);
		long challenge = this.challenges.raise(this.slug, this.member, "Mercury vapour near homes", "ENVIRONMENT");
		assertThat(facilitator
			.perform(post(base() + "/resources/" + study + "/links").param("targetType", "CHALLENGE")
				.param("targetKey", String.valueOf(challenge))
				.param("locator", "p. 12"))
			.getStatus()).isEqualTo(302);

		WebClient visitor = new WebClient(this.mvc);
		assertThat(titles(visitor, "?kind=LINK")).containsExactly("Minamata Convention text");
		assertThat(titles(visitor, "?lang=fr")).containsExactly("Minamata Convention text");
		assertThat(titles(visitor, "")).containsExactly("Mercury use in Geita", "Minamata Convention text");
		// A resource written in Swahili is found in Swahili though no box was ticked, and
		// says so on its card.
		facilitator.perform(post(base() + "/resources").param("kind", "LINK")
			.param("title", "Mwongozo wa zebaki")
			.param("url", "https://example.org/mwongozo")
			.param("language", "sw"));
		assertThat(titles(visitor, "?lang=sw")).containsExactly("Mwongozo wa zebaki");
		assertThat(titles(visitor, "?lang=fr")).containsExactly("Minamata Convention text");
		Document library = Jsoup.parse(visitor.perform(get(base() + "/resources")).getContentAsString());
		assertThat(library.select(".resource-card:contains(Mwongozo wa zebaki) .tag[lang=sw]").eachText())
			.containsExactly("Kiswahili");
		assertThat(library.select(".resource-card:contains(Minamata Convention text) .tag[lang]").eachAttr("lang"))
			.as("its own language once, then the other ticked")
			.containsExactly("en", "fr");
		Document page = Jsoup.parse(visitor.perform(get(base() + "/resources/" + study)).getContentAsString());
		assertThat(page.select("#links-heading + ul li").text()).contains("Mercury vapour near homes")
			.contains("(p. 12)");

		Document none = Jsoup.parse(visitor.perform(get(base() + "/resources?kind=VIDEO")).getContentAsString());
		assertThat(none.select(".hint").text()).contains("No resource matches these filters.")
			.doesNotContain("Nothing in the library yet.");
		assertThat(none.select(".hint a:contains(whole library)").attr("href")).isEqualTo(base() + "/resources");
		Document portuguese = Jsoup
			.parse(visitor.perform(get(base() + "/resources").header("Accept-Language", "pt")).getContentAsString());
		assertThat(portuguese.select("label[for=filter-lang]").text()).isEqualTo("Língua");
		assertThat(portuguese.select("#filter-lang option").first().text()).as("a língua: feminine").isEqualTo("Todas");
		assertThat(portuguese.select("#filter-kind option").first().text()).as("o tipo: masculine").isEqualTo("Todos");
		assertThat(portuguese.select("#filter-kind option[value=RESEARCH]").text()).isEqualTo("Investigação");
		Document french = Jsoup
			.parse(visitor.perform(get(base() + "/resources").header("Accept-Language", "fr")).getContentAsString());
		assertThat(french.select("#filter-lang option").first().text()).isEqualTo("Toutes");
	}

	@Test
	void theFeedValidatesAsAtom() throws Exception {
		create(client(this.facilitator), "RESEARCH", "Mercury & health <study>", PDF);
		MockHttpServletResponse response = new WebClient(this.mvc).perform(get(base() + "/feed.atom"));
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element feed = xml.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "id")).startsWith("http");
		assertThat(child(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(feed.getElementsByTagNameNS("*", "author").item(0).getTextContent()).contains("Common Ground");
		boolean self = false;
		for (int i = 0; i < feed.getElementsByTagNameNS("*", "link").getLength(); i++) {
			Element link = (Element) feed.getElementsByTagNameNS("*", "link").item(i);
			self |= "self".equals(link.getAttribute("rel")) && link.getAttribute("href").endsWith("/feed.atom");
		}
		assertThat(self).isTrue();
		Element entry = (Element) feed.getElementsByTagNameNS("*", "entry").item(0);
		assertThat(child(entry, "title")).isEqualTo("Mercury & health <study>");
		assertThat(child(entry, "id")).contains("/resources/");
		assertThat(child(entry, "updated")).isNotBlank();
	}

	@Test
	void facilitatorsEditAResourceAndNobodyElseMay() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long id = create(facilitator, "RESEARCH", "Mercury study (draft)", PDF);
		Document form = Jsoup
			.parse(facilitator.perform(get(base() + "/resources/" + id + "/edit")).getContentAsString());
		assertThat(form.select("#title").val()).isEqualTo("Mercury study (draft)");
		assertThat(form.select("form[enctype]").attr("action")).isEqualTo(base() + "/resources/" + id);
		assertThat(form.select(".hint").text()).contains("file.pdf");

		WebClient member = client(this.member);
		assertThat(member.perform(get(base() + "/resources/" + id + "/edit")).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(base() + "/resources/" + id + "/edit")).getStatus())
			.isEqualTo(404);
		assertThat(member
			.upload(upload("/resources/" + id, "file.pdf", null).param("kind", "RESEARCH").param("title", "Hijacked"))
			.getStatus()).isEqualTo(404);

		// Without a new file, the old one stays; the kind stays whatever is sent.
		MockHttpServletResponse saved = facilitator
			.upload(upload("/resources/" + id, "file.pdf", null).param("kind", "VIDEO")
				.param("title", "Mercury study")
				.param("summary", "Final report."));
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get(base() + "/resources/" + id)).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Mercury study");
		assertThat(page.select(".lead").text()).isEqualTo("Final report.");
		assertThat(page.select(".download a[download]")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select kind from resource where id = ?", String.class, id))
			.isEqualTo("RESEARCH");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'RESOURCE_EDITED' and subject_id = ?", Long.class, id))
			.isEqualTo(1);
		// Readers do not see the facilitators' panel.
		assertThat(page.select("#manage-resource")).isEmpty();
	}

	@Test
	void aWithdrawnResourceAndItsFileAreGoneAfterAConfirmation() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long id = create(facilitator, "RESEARCH", "Outdated prices", PDF);
		String file = Jsoup.parse(facilitator.perform(get(base() + "/resources/" + id)).getContentAsString())
			.select(".download a[download]")
			.attr("href");
		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get(file)).getStatus()).isEqualTo(200);
		// A member's comment on it is found by search while the resource is there.
		assertThat(client(this.member)
			.perform(post("/dialogues/" + this.slug + "/comments").param("targetType", "RESOURCE")
				.param("targetId", String.valueOf(id))
				.param("body", "Quillwort prices were lower last year"))
			.getStatus()).isEqualTo(302);
		assertThat(searched(visitor, "quillwort")).contains(base() + "/resources/" + id + "#comment-");

		// Members and visitors may not, and learn nothing.
		assertThat(client(this.member).perform(post(base() + "/resources/" + id + "/delete").param("confirmed", "true"))
			.getStatus()).isEqualTo(404);
		assertThat(client(this.member).perform(post(base() + "/resources/" + id + "/delete")).getStatus())
			.isEqualTo(404);
		assertThat(
				visitor.perform(post(base() + "/resources/" + id + "/delete").param("confirmed", "true")).getStatus())
			.isIn(302, 403, 404);
		assertThat(visitor.perform(get(base() + "/resources/" + id)).getStatus()).isEqualTo(200);
		// Without CSRF token nothing happens either.
		assertThat(facilitator.performAsIs(post(base() + "/resources/" + id + "/delete").param("confirmed", "true"))
			.getStatus()).isEqualTo(403);

		MockHttpServletResponse unticked = facilitator.perform(post(base() + "/resources/" + id + "/delete"));
		assertThat(unticked.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(unticked.getContentAsString());
		assertThat(page.select("#delete-confirmed-error").text()).contains("Tick the box");
		assertThat(page.select("#delete-confirmed").attr("aria-invalid")).isEqualTo("true");
		assertThat(visitor.perform(get(base() + "/resources/" + id)).getStatus()).isEqualTo(200);

		MockHttpServletResponse withdrawn = facilitator
			.perform(post(base() + "/resources/" + id + "/delete").param("confirmed", "true"));
		assertThat(withdrawn.getStatus()).isEqualTo(302);
		assertThat(withdrawn.getRedirectedUrl()).isEqualTo(base() + "/resources");
		assertThat(visitor.perform(get(base() + "/resources/" + id)).getStatus()).isEqualTo(404);
		assertThat(visitor.perform(get(file)).getStatus()).isEqualTo(404);
		assertThat(titles(visitor, "")).doesNotContain("Outdated prices");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from search_entry where kind = 'RESOURCE' and source_id = ?", Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select note from audit_entry where action = 'RESOURCE_DELETED' and subject_id = ?", String.class, id))
			.isEqualTo("Outdated prices");
		// The comment stays on record, out of search: its page is gone.
		assertThat(searched(visitor, "quillwort")).doesNotContain("/resources/" + id);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from comment where target_type = 'RESOURCE' and target_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void aFramesTextsAreCompletedItsPlaceChangedAndItIsTakenDown() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Panning for gold", null);
		String frames = "/resources/" + story + "/frames";
		for (String alt : new String[] { "First light", "Washing the ore" }) {
			assertThat(facilitator
				.upload(upload(frames, "pit.jpg", TestJpegs.withGps(800, 400, 1)).param("alt[en]", alt)
					.param("consent", "NOT_IDENTIFIABLE"))
				.getStatus()).isEqualTo(302);
		}
		WebClient member = client(this.member);
		WebClient visitor = new WebClient(this.mvc);
		// Only the facilitators may change a frame: everyone else gets 404.
		assertThat(member.perform(post(base() + frames + "/1").param("alt[en]", "Hijacked")).getStatus())
			.isEqualTo(404);
		assertThat(member.perform(post(base() + frames + "/2/move").param("direction", "earlier")).getStatus())
			.isEqualTo(404);
		assertThat(member.perform(post(base() + frames + "/1/delete").param("confirmed", "true")).getStatus())
			.isEqualTo(404);
		assertThat(
				Jsoup.parse(member.perform(get(base() + frames + "/1")).getContentAsString()).select("#manage-frame"))
			.isEmpty();

		// A caption and an alt text in another language, added later.
		assertThat(facilitator
			.perform(post(base() + frames + "/1").param("alt[en]", "First light over the pit")
				.param("alt[sw]", "Mwanga wa kwanza")
				.param("caption[sw]", "Alfajiri")
				.param("credit", "Neema"))
			.getStatus()).isEqualTo(302);
		Document swahili = Jsoup
			.parse(visitor.perform(get(base() + frames + "/1").header("Accept-Language", "sw")).getContentAsString());
		assertThat(swahili.selectFirst("figure img").attr("alt")).isEqualTo("Mwanga wa kwanza");
		assertThat(swahili.selectFirst("figcaption").text()).contains("Alfajiri").contains("Neema");
		// An alt text is still needed.
		MockHttpServletResponse noAlt = facilitator.perform(post(base() + frames + "/1").param("alt[en]", " "));
		assertThat(noAlt.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(noAlt.getContentAsString()).select("#alt-error").text())
			.contains("Say what the picture shows.");

		// The second picture moves first.
		MockHttpServletResponse moved = facilitator
			.perform(post(base() + frames + "/2/move").param("direction", "earlier"));
		assertThat(moved.getRedirectedUrl()).endsWith(frames + "/1");
		assertThat(Jsoup.parse(visitor.perform(get(base() + frames + "/1")).getContentAsString())
			.selectFirst("figure img")
			.attr("alt")).isEqualTo("Washing the ore");

		// Someone shown withdraws consent: the picture comes down, its file with it.
		String src = Jsoup.parse(visitor.perform(get(base() + frames + "/2")).getContentAsString())
			.selectFirst("figure img")
			.attr("src");
		assertThat(visitor.perform(get(src)).getStatus()).isEqualTo(200);
		MockHttpServletResponse unticked = facilitator.perform(post(base() + frames + "/2/delete"));
		assertThat(unticked.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(unticked.getContentAsString()).select("#remove-confirmed-error").text())
			.contains("Tick the box");
		assertThat(facilitator.perform(post(base() + frames + "/2/delete").param("confirmed", "true")).getStatus())
			.isEqualTo(302);
		assertThat(visitor.perform(get(src)).getStatus()).isEqualTo(404);
		assertThat(visitor.perform(get(base() + frames + "/2")).getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(visitor.perform(get(base() + "/resources/" + story)).getContentAsString())
			.select(".actions a.button")
			.text()).contains("1");
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where subject_type = 'PHOTO_FRAME' and dialogue_id = (select dialogue_id from resource where id = ?) order by id",
				String.class, story))
			.containsExactly("PHOTO_FRAME_EDITED", "PHOTO_FRAME_MOVED", "PHOTO_FRAME_REMOVED");
	}

	@Test
	void everyErrorOfTheFrameFormIsToldInTheFirstRound() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Market day", null);
		MockHttpServletResponse refused = facilitator.upload(upload("/resources/" + story + "/frames", "x", null));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#file-error").text()).contains("Choose a picture.");
		assertThat(page.select("#alt-error").text()).contains("Say what the picture shows.");
		assertThat(page.select("#consent.field-error")).isNotEmpty();
		assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#file").attr("aria-describedby")).contains("file-error");
		assertThat(page.select("input#alt").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#alt").attr("aria-describedby")).contains("alt-error");
		assertThat(page.select("p#alt")).isEmpty();
		assertThat(page.select("label[for=alt]")).isNotEmpty();
		assertThat(page.select("#add-frame").text()).contains("If you chose a picture, please choose it again.");

		// A file that is not a picture is told with the missing alt text, not after it.
		Document second = Jsoup.parse(facilitator
			.upload(upload("/resources/" + story + "/frames", "report.pdf", PDF).param("consent", "NO_PEOPLE"))
			.getContentAsString());
		assertThat(second.select("#file-error").text()).contains("not a picture");
		assertThat(second.select("#alt-error").text()).contains("Say what the picture shows.");
		assertThat(
				this.jdbc.queryForObject("select count(*) from photo_frame where resource_id = ?", Long.class, story))
			.isZero();
	}

	@Test
	void theResourceFormTellsAWrongFileTypeWithTheOtherErrors() throws Exception {
		WebClient facilitator = client(this.facilitator);
		Document page = Jsoup
			.parse(facilitator.upload(upload("/resources", "photo.jpg", PDF).param("kind", "BLOG").param("title", ""))
				.getContentAsString());
		assertThat(page.select("#title-error")).isNotEmpty();
		assertThat(page.select("#file-error")).isNotEmpty();
		assertThat(page.select("#imageAlt-error")).isNotEmpty();
	}

	@Test
	void aPhotoStoryWithoutPicturesIsShownOnlyToItsFacilitators() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long story = create(facilitator, "PHOTO_STORY", "Work in progress", null);
		WebClient visitor = new WebClient(this.mvc);
		assertThat(titles(visitor, "")).doesNotContain("Work in progress");
		// Nor by its address or in search; its facilitators open it to add pictures.
		assertThat(visitor.perform(get(base() + "/resources/" + story)).getStatus()).isEqualTo(404);
		assertThat(client(this.member).perform(get(base() + "/resources/" + story)).getStatus()).isEqualTo(404);
		assertThat(facilitator.perform(get(base() + "/resources/" + story)).getStatus()).isEqualTo(200);
		assertThat(searched(visitor, "\"Work in progress\"")).doesNotContain("/resources/" + story);
		assertThat(titles(client(this.member), "")).doesNotContain("Work in progress");
		Document library = Jsoup.parse(facilitator.perform(get(base() + "/resources")).getContentAsString());
		assertThat(library.select(".resource-card").text()).contains("Work in progress")
			.contains("No pictures yet: not shown to readers");
		assertThat(
				new String(visitor.perform(get(base() + "/feed.atom")).getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain("Work in progress");

		facilitator.upload(upload("/resources/" + story + "/frames", "pit.jpg", TestJpegs.withGps(800, 400, 1))
			.param("alt[en]", "A pit")
			.param("consent", "NO_PEOPLE"));
		assertThat(titles(visitor, "")).contains("Work in progress");
		assertThat(visitor.perform(get(base() + "/resources/" + story)).getStatus()).isEqualTo(200);
		assertThat(searched(visitor, "\"Work in progress\"")).contains("/resources/" + story);

		// Its last picture taken down, it is the facilitators' draft again.
		assertThat(facilitator
			.perform(post(base() + "/resources/" + story + "/frames/1/delete").param("confirmed", "true"))
			.getStatus()).isEqualTo(302);
		assertThat(visitor.perform(get(base() + "/resources/" + story)).getStatus()).isEqualTo(404);
		assertThat(searched(visitor, "\"Work in progress\"")).doesNotContain("/resources/" + story);
	}

	private String searched(WebClient client, String query) throws Exception {
		MockHttpServletResponse response = client.perform(get("/search").param("q", query));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void membersSuggestLinksThatFacilitatorsAcceptOrDecline() throws Exception {
		WebClient member = client(this.member);
		WebClient visitor = new WebClient(this.mvc);
		WebClient outsider = client(this.outsider);
		// Visitors are sent to log in; someone who is not a member may not suggest.
		assertThat(visitor.perform(get(base() + "/resources/suggest")).getRedirectedUrl()).endsWith("/login");
		assertThat(outsider.perform(get(base() + "/resources/suggest")).getStatus()).isEqualTo(404);
		assertThat(outsider
			.perform(
					post(base() + "/resources/suggestions").param("title", "Spam").param("url", "https://spam.example"))
			.getStatus()).isEqualTo(404);
		assertThat(member.perform(get(base() + "/resources/suggest")).getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(member.perform(get(base() + "/resources")).getContentAsString())
			.select("a[href$=/resources/suggestions]")).isNotEmpty();

		// Every error at once, beside its field.
		Document refused = Jsoup.parse(member
			.perform(post(base() + "/resources/suggestions").param("title", "").param("url", "javascript:alert(1)"))
			.getContentAsString());
		assertThat(refused.select("#title-error")).isNotEmpty();
		assertThat(refused.select("#url-error")).isNotEmpty();

		for (String title : new String[] { "Mercury-free gold handbook", "My cousin's shop" }) {
			assertThat(member
				.perform(post(base() + "/resources/suggestions").param("title", title)
					.param("url", "https://example.org/" + title.length())
					.param("summary", "Worth reading.")
					.param("language", "en")
					.param("themes", "ENVIRONMENT"))
				.getStatus()).isEqualTo(302);
		}
		long handbook = this.jdbc.queryForObject(
				"select id from resource_suggestion where title = 'Mercury-free gold handbook'", Long.class);
		long shop = this.jdbc.queryForObject("select id from resource_suggestion where title like 'My cousin%'",
				Long.class);
		// Nobody but the facilitators sees a suggestion before it is accepted.
		assertThat(titles(visitor, "")).doesNotContain("Mercury-free gold handbook");
		assertThat(this.jdbc
			.queryForObject("select count(*) from search_entry where title = 'Mercury-free gold handbook'", Long.class))
			.isZero();
		assertThat(
				new String(visitor.perform(get(base() + "/feed.atom")).getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain("Mercury-free");
		assertThat(
				Jsoup.parse(client(this.outsider).perform(get(base() + "/resources/suggestions")).getContentAsString())
					.text())
			.doesNotContain("Mercury-free");
		// Members may not decide.
		assertThat(member.perform(post(base() + "/resources/suggestions/" + handbook + "/accept")).getStatus())
			.isEqualTo(404);
		assertThat(member.perform(post(base() + "/resources/suggestions/" + shop + "/decline").param("reason", "x"))
			.getStatus()).isEqualTo(404);
		Document mine = Jsoup.parse(member.perform(get(base() + "/resources/suggestions")).getContentAsString());
		assertThat(mine.select("#own-suggestions li").eachText()).allSatisfy((t) -> assertThat(t).contains("waiting"));
		assertThat(mine.select("#pending-suggestions")).isEmpty();

		WebClient facilitator = client(this.facilitator);
		Document pending = Jsoup
			.parse(facilitator.perform(get(base() + "/resources/suggestions")).getContentAsString());
		assertThat(pending.select("#pending-suggestions .card-title").eachText())
			.containsExactly("Mercury-free gold handbook", "My cousin's shop");
		assertThat(pending.select("#suggestion-" + handbook).text()).contains("Suggested by Mwajuma Miner");
		// The facilitator's home page counts both and leads to them; not the member's.
		assertThat(waiting(facilitator)).containsExactly("2 suggested resources to decide on");
		assertThat(waiting(member)).isEmpty();
		// Declining needs a reason.
		MockHttpServletResponse noReason = facilitator
			.perform(post(base() + "/resources/suggestions/" + shop + "/decline").param("reason", " "));
		assertThat(noReason.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(noReason.getContentAsString()).select("#reason-" + shop + "-error").text())
			.contains("Say why");
		assertThat(facilitator
			.perform(post(base() + "/resources/suggestions/" + shop + "/decline").param("reason",
					"Advertising is not evidence."))
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse accepted = facilitator
			.perform(post(base() + "/resources/suggestions/" + handbook + "/accept"));
		assertThat(accepted.getStatus()).isEqualTo(302);
		assertThat(waiting(facilitator)).as("both decided").isEmpty();
		String resource = accepted.getRedirectedUrl();

		Document page = Jsoup.parse(visitor.perform(get(resource)).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Mercury-free gold handbook");
		assertThat(page.select(".byline").text()).contains("Suggested by");
		assertThat(titles(visitor, "")).contains("Mercury-free gold handbook").doesNotContain("My cousin's shop");
		Document decided = Jsoup.parse(member.perform(get(base() + "/resources/suggestions")).getContentAsString());
		assertThat(decided.select("#own-suggestions").text()).contains("accepted")
			.contains("declined")
			.contains("Reason: Advertising is not evidence.");
		// A decided suggestion cannot be decided again.
		assertThat(facilitator.perform(post(base() + "/resources/suggestions/" + handbook + "/accept")).getStatus())
			.isEqualTo(404);

		// The facilitator was told each suggestion waited, the member of each decision:
		// the accepted one links to its resource, the declined one to her suggestions.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> notificationPaths(this.facilitator, "RESOURCE_SUGGESTED").size() == 2
					&& notificationPaths(this.member, "SUGGESTION_ACCEPTED").size() == 1
					&& notificationPaths(this.member, "SUGGESTION_DECLINED").size() == 1);
		assertThat(notificationPaths(this.facilitator, "RESOURCE_SUGGESTED")).containsExactlyInAnyOrder(
				base() + "/resources/suggestions#suggestion-" + handbook,
				base() + "/resources/suggestions#suggestion-" + shop);
		assertThat(notificationPaths(this.member, "SUGGESTION_ACCEPTED")).containsExactly(resource);
		assertThat(notificationPaths(this.member, "SUGGESTION_DECLINED"))
			.containsExactly(base() + "/resources/suggestions#own-suggestions");
		assertThat(notificationPaths(this.member, "RESOURCE_SUGGESTED")).as("not the member who suggested").isEmpty();
		assertThat(notificationPaths(this.facilitator, "SUGGESTION_ACCEPTED")).as("not the facilitator").isEmpty();
		assertThat(Jsoup.parse(member.perform(get("/notifications")).getContentAsString()).text()).contains(
				"A facilitator accepted your suggestion \u201cMercury-free gold handbook\u201d: it is in the library")
			.contains("A facilitator declined your suggestion \u201cMy cousin's shop\u201d");
		// Both decisions are in the dialogue's audit log, the reason with the declined
		// one.
		assertThat(this.jdbc.queryForList(
				"select action || ': ' || note from audit_entry where dialogue_id = (select id from dialogue where slug = ?) and action like 'RESOURCE_SUGGESTION%' order by id",
				String.class, this.slug))
			.containsExactly("RESOURCE_SUGGESTION_DECLINED: My cousin's shop \u2014 Advertising is not evidence.",
					"RESOURCE_SUGGESTION_ACCEPTED: Mercury-free gold handbook");
		assertThat(facilitator.perform(get(base() + "/moderation/audit")).getContentAsString())
			.contains("suggested resource accepted", "suggested resource declined");
	}

	private java.util.List<String> notificationPaths(String email, String kind) {
		return this.jdbc.queryForList(
				"select n.path from notification n join account a on a.id = n.recipient_id where a.email = ? and n.kind = ?",
				String.class, email, kind);
	}

	private static String child(Element parent, String name) {
		return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
	}

	private java.util.List<String> titles(WebClient client, String query) throws Exception {
		return Jsoup.parse(client.perform(get(base() + "/resources" + query)).getContentAsString())
			.select(".resource-card h2")
			.eachText();
	}

	private long create(WebClient client, String kind, String title, byte[] content) throws Exception {
		MockMultipartHttpServletRequestBuilder request = upload("/resources", "file.pdf", content);
		MockHttpServletResponse created = client.upload(request.param("kind", kind).param("title", title));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockMultipartHttpServletRequestBuilder upload(String path, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(base() + path);
		if (content != null) {
			request.file(file(name, content));
		}
		return request;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/**
	 * What the client's home page says waits among the dialogue's suggested resources.
	 */
	private List<String> waiting(WebClient client) throws Exception {
		return Jsoup.parse(client.perform(get("/")).getContentAsString())
			.select(".waiting a[href='" + base() + "/resources/suggestions']")
			.eachText();
	}

	private String base() {
		return "/dialogues/" + this.slug;
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
