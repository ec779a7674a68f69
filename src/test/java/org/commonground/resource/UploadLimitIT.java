package org.commonground.resource;

import java.net.http.HttpResponse;
import java.util.Arrays;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.RealHttp;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Oversized uploads, sent as real multipart posts through the security filter chain (the
 * tests run with {@code app.files.max-size=2MB}, so the servlet container reads bodies up
 * to 5 MB): a file over the application's limit comes back as a message at the file field
 * with everything else the person typed kept, not as a 403 for a CSRF token that was
 * never read; a body over even the container's limit gets the 413 page in the person's
 * language.
 */
class UploadLimitIT extends IntegrationTest {

	private static final int MB = 1024 * 1024;

	@Value("${local.server.port}")
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String slug;

	@BeforeEach
	void dialogue() {
		this.facilitator = this.accounts.create("Upload Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.slug = this.dialogues.create(this.facilitator, "Uploads", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
	}

	@Test
	void aFileOverTheLimitIsRefusedAtItsFieldWithTheRestOfTheFormKept() throws Exception {
		RealHttp browser = loggedIn();
		String form = "/dialogues/" + this.slug + "/resources/new";
		HttpResponse<String> refused = browser.upload(form, "/dialogues/" + this.slug + "/resources", "study.pdf",
				pdfOf(2 * MB + 1), "kind", "RESEARCH", "title", "A study far too large", "summary",
				"What we found at 24 sites.");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#file-error").text()).contains("too large").contains("2 MB");
		assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("A study far too large");
		assertThat(page.selectFirst("textarea[name=summary]").text()).isEqualTo("What we found at 24 sites.");
		assertThat(page.selectFirst("select[name=kind] option[selected]").val()).isEqualTo("RESEARCH");
		assertThat(titles()).doesNotContain("A study far too large");

		// Just under the limit: accepted.
		HttpResponse<String> accepted = browser.upload(form, "/dialogues/" + this.slug + "/resources", "study.pdf",
				pdfOf(2 * MB - 1024), "kind", "RESEARCH", "title", "A study just small enough");
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(titles()).contains("A study just small enough");

		// The same through MockMvc (the application's own check, before the bytes are
		// read), for a photo story's frame.
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(this.facilitator, TestAccounts.PASSWORD);
		MockHttpServletResponse story = client
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/dialogues/" + this.slug + "/resources")
				.param("kind", "PHOTO_STORY")
				.param("title", "A story"));
		String storyPath = story.getRedirectedUrl();
		MockHttpServletResponse frame = client.upload(multipart(storyPath + "/frames")
			.file(new MockMultipartFile("file", "pit.jpg", "image/jpeg", pdfOf(3 * MB)))
			.param("alt[en]", "A shaft head")
			.param("credit", "Fatuma")
			.param("consent", "NO_PEOPLE"));
		assertThat(frame.getStatus()).isEqualTo(200);
		Document framePage = Jsoup.parse(frame.getContentAsString());
		assertThat(framePage.select("#add-frame .field-error").text()).contains("too large");
		assertThat(framePage.selectFirst("#alt").val()).isEqualTo("A shaft head");
		assertThat(framePage.selectFirst("#credit").val()).isEqualTo("Fatuma");
	}

	@Test
	void aBodyOverTheServersLimitGetsTheTooLargePageInThePersonsLanguage() throws Exception {
		RealHttp browser = loggedIn();
		HttpResponse<String> swahili = browser.submit("/", "/language", "lang", "sw", "return", "/");
		assertThat(swahili.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = browser.upload("/dialogues/" + this.slug + "/resources/new",
				"/dialogues/" + this.slug + "/resources", "film.mp4", pdfOf(6 * MB), "kind", "VIDEO", "title",
				"A film far too large", "transcript", "Everything said in the film.");
		assertThat(refused.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sw");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Faili hili ni kubwa mno kupakiwa");
		assertThat(refused.body()).doesNotContain("Exception");
		assertThat(titles()).doesNotContain("A film far too large");
		// It says the limit and leads back to the library (the browser did not say which
		// page the form was on)...
		assertThat(page.select("main p").text()).contains("Faili kubwa zaidi linaloweza kupakiwa ni 2");
		assertThat(page.select("main a:contains(Rudi kwenye maktaba)").attr("href"))
			.isEqualTo("/dialogues/" + this.slug + "/resources");
		// ... or to the form, when it did.
		HttpResponse<String> again = browser.sendingReferer()
			.upload("/dialogues/" + this.slug + "/resources/new", "/dialogues/" + this.slug + "/resources", "film.mp4",
					pdfOf(6 * MB), "kind", "VIDEO", "title", "A film far too large", "transcript", "Everything said.");
		assertThat(again.statusCode()).isEqualTo(413);
		Document back = Jsoup.parse(again.body());
		assertThat(back.select("main a:contains(Rudi kwenye fomu)").attr("href"))
			.isEqualTo("/dialogues/" + this.slug + "/resources/new");
		assertThat(back.select("main a:contains(Rudi kwenye maktaba)")).isEmpty();
	}

	private RealHttp loggedIn() throws Exception {
		RealHttp browser = new RealHttp(this.port);
		HttpResponse<String> login = browser.submit("/login", "/login", "username", this.facilitator, "password",
				TestAccounts.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

	private java.util.List<String> titles() {
		return this.jdbc.queryForList(
				"select r.title from resource r join dialogue d on d.id = r.dialogue_id where d.slug = ?", String.class,
				this.slug);
	}

	/** A PDF of the given size: its header, then spaces. */
	private static byte[] pdfOf(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) ' ');
		System.arraycopy(ResourceIT.PDF, 0, bytes, 0, ResourceIT.PDF.length);
		return bytes;
	}

}
