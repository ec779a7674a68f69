package org.commonground.demo;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonground.account.AccountService;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo admin opens the console, sees every dialogue, opens the printable summary of
 * the Geita dialogue and downloads its three exports with the browser's session; the test
 * reads each one and renders the PDF's first page to docs/screenshots/.
 */
class AdminConsoleBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoDialogues demoDialogues;

	@Autowired
	DemoChallenges demoChallenges;

	@Autowired
	DemoVision demoVision;

	@Autowired
	DemoResources demoResources;

	@Autowired
	DemoMeetings demoMeetings;

	@Autowired
	DemoMap demoMap;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminOpensTheConsoleAndDownloadsTheThreeExportsOfTheGeitaDialogue() throws Exception {
		new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges, this.demoVision, this.demoResources,
				this.demoMeetings, this.demoMap)
			.run(null);
		String base = "/dialogues/" + DemoDialogues.GEITA;
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.go("/admin");
			assertThat(browser.find("main h1").getText()).isEqualTo("Admin console");
			assertThat(browser.text()).contains("All dialogues", "Recent activity", "waiting for a moderator");
			browser.assertAccessible();
			browser.screenshot("62-admin-console");
			browser.submit("main a[href='/admin/dialogues']");
			assertThat(browser.text()).contains("Geita District gold-mining dialogue",
					"Mercury reduction dialogue, Geita 2024");
			browser.assertAccessible();
			browser.screenshot("63-admin-dialogues");

			browser.go(base + "/summary");
			assertThat(browser.find("#challenges-heading").getText()).isEqualTo("Challenges by endorsements");
			assertThat(browser.text()).contains("Leseni za uchimbaji mdogo zinachelewa", "You said, we did");
			browser.assertAccessible();
			browser.screenshot("64-geita-summary-page");

			Cookie session = browser.driver().manage().getCookieNamed(WebClient.SESSION_COOKIE);
			HttpResponse<byte[]> csv = download(base + "/export.csv", session);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
				.matches("attachment; filename=\"" + DemoDialogues.GEITA + "-\\d{4}-\\d{2}-\\d{2}-en\\.csv\"");
			List<CSVRecord> rows = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1)))
				.getRecords();
			assertThat(rows).extracting((r) -> r.get("title")).contains("Leseni za uchimbaji mdogo zinachelewa");
			assertThat(rows).extracting((r) -> r.get("type"))
				.contains("CHALLENGE", "CHALLENGE_COMMENT", "DRAFT_COMMENT");
			assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain("Neema Shija", "0754 000 111",
					"@demo.commonground.example");

			HttpResponse<byte[]> json = download(base + "/export.json", session);
			JsonNode root = new ObjectMapper().readTree(json.body());
			assertThat(root.path("dialogue").path("slug").asString()).isEqualTo(DemoDialogues.GEITA);
			// The seven challenges of the demo data, and those accepted from the demo's
			// SMS texts when this context ran the SMS demo.
			Integer fromSms = this.jdbc.queryForObject("""
					select count(*) from sms_contribution s join dialogue d on d.id = s.dialogue_id
					where d.slug = ? and s.status = 'CHALLENGE'""", Integer.class, DemoDialogues.GEITA);
			// And the two recorded on behalf of people at the demo's site visits (a text
			// accepted as a challenge is recorded too, by SMS, at no meeting).
			Integer recorded = this.jdbc.queryForObject("""
					select count(*) from recorded_contribution r join dialogue d on d.id = r.dialogue_id
					where d.slug = ? and r.kind = 'CHALLENGE' and r.meeting_id is not null""", Integer.class,
					DemoDialogues.GEITA);
			assertThat(recorded).isEqualTo(2);
			assertThat(root.path("challenges").size()).isEqualTo(7 + fromSms + recorded);
			assertThat(root.path("vision").path("versions").size()).isEqualTo(3);
			assertThat(root.path("moderationLog").findValuesAsString("action")).contains("CONTENT_HIDDEN",
					"REPORTS_DISMISSED");
			// The demo's stakeholder map: its actors, its relations and the groups
			// disputing two of them.
			JsonNode map = root.path("stakeholderMap");
			assertThat(map.path("actors").findValuesAsString("label")).contains("Pit owners", "Dealers and financiers",
					"Geita gold market", "Bank of Tanzania", "Resident Mining Office");
			assertThat(map.path("actors").size()).isGreaterThanOrEqualTo(12);
			assertThat(map.path("relations").size()).isGreaterThanOrEqualTo(20);
			assertThat(map.path("relations").findValuesAsString("type")).contains("PRE_FINANCES", "SELLS_GOLD_TO",
					"LICENSES", "TAXES", "SUPPLIES_MERCURY_TO");
			assertThat(map.path("relations").findValuesAsString("sentence"))
				.contains("Dealers and financiers pre-finance Pit owners \u2014 strong; disputed by Buyer, trader or "
						+ "refiner");
			assertThat(map.path("relations").findValues("disputedBy").stream().filter((d) -> !d.isEmpty()).count())
				.isGreaterThanOrEqualTo(2);

			HttpResponse<byte[]> pdf = download(base + "/export.pdf", session);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Geita District gold-mining dialogue",
						"Leseni za uchimbaji mdogo zinachelewa", "You said, we did", "Stakeholder map");
				// The map's sentences (a line may wrap between words).
				assertThat(text.replaceAll("\\s+", " ")).contains(
						"Dealers and financiers pre-finance Pit owners \u2014 strong; disputed by Buyer, trader or refiner",
						"Geita Gold Refinery sells gold to Bank of Tanzania \u2014 strong");
				BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
				Files.createDirectories(Browser.SCREENSHOTS);
				ImageIO.write(first, "png",
						Browser.SCREENSHOTS.resolve("65-geita-summary-pdf-first-page.png").toFile());
			}
		}
	}

	private HttpResponse<byte[]> download(String path, Cookie session) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
