package org.commonground.resource;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator makes a photo story from a phone's JPEG that carries a GPS position: the
 * picture served has none. A member then reads the story in Swahili on a 360 px phone,
 * frame by frame, within the page budgets (60 KB first visit, 15 KB later pages, images
 * aside: they are lazy and sized).
 */
class ResourceBrowserIT extends IntegrationTest {

	private static final long FIRST_VISIT = 60 * 1024;

	private static final long LATER_VISIT = 15 * 1024;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Test
	void aPhotoStoryKeepsNoGpsAndReadsWellOnASlowPhoneInSwahili() throws Exception {
		String facilitator = this.accounts.create("Fatuma Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Neema Reader", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Stories from Geita", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		Path photo = Files.createTempFile("pit-", ".jpg");
		Files.write(photo, TestJpegs.withGps(1200, 900, 6));
		String storyPath;
		String imagePath;
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go("/dialogues/" + slug + "/resources/new");
			browser.choose("#kind", "PHOTO_STORY");
			browser.type("#title", "A day at the pits");
			browser.type("#summary", "From dawn to dusk at Nyarugusu.");
			browser.assertAccessible();
			browser.screenshot("resource-01-new");
			browser.submit("main form button[type=submit]");
			storyPath = browser.path();
			assertThat(storyPath).matches("/dialogues/" + slug + "/resources/\\d+");

			for (int frame = 1; frame <= 2; frame++) {
				browser.find("#add-frame input[type=file]").sendKeys(photo.toAbsolutePath().toString());
				browser.type("#alt", "A shaft head at dawn, frame " + frame);
				browser.type("#alt-sw", "Kichwa cha shimo alfajiri, picha " + frame);
				browser.type("#caption-en", "Dawn over the pits, " + frame);
				browser.type("#caption-sw", "Alfajiri juu ya mashimo, " + frame);
				browser.type("#credit", "Fatuma");
				browser.find("#add-frame input[value=NO_PEOPLE]").click();
				if (frame == 1) {
					browser.assertAccessible();
					browser.screenshot("resource-02-add-frame");
				}
				browser.submit("#add-frame button[type=submit]");
				assertThat(browser.path()).isEqualTo(storyPath + "/frames/" + frame);
				browser.go(storyPath);
			}
			browser.go(storyPath + "/frames/1");
			imagePath = browser.find("figure img").getAttribute("src").replaceFirst("^https?://[^/]+", "");

			// The facilitator translates the story's title and summary into Swahili.
			browser.go(storyPath);
			browser.find("a[href$='/translation']").click();
			browser.choose("main form select[name=language]", "sw");
			browser.type("#title", "Siku moja mashimoni");
			browser.type("#summary", "Kuanzia alfajiri hadi jioni Nyarugusu.");
			browser.assertAccessible();
			browser.screenshot("resource-04-translate");
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo(storyPath + "?text=sw");
			assertThat(browser.find("h1").getText()).isEqualTo("Siku moja mashimoni");
		}

		// The picture as served: no EXIF, no GPS, upright (the camera held it turned).
		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + imagePath))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(TestJpegs.carriesExif(Files.readAllBytes(photo))).isTrue();
		assertThat(TestJpegs.carriesExif(served.body())).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(image.getHeight()).isGreaterThan(image.getWidth());
		assertThat(image.getWidth()).isEqualTo(320);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(member, TestAccounts.PASSWORD);
			browser.submit("button.lang[value='sw']");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			browser.resize(360, 740);
			((JavascriptExecutor) browser.driver()).executeScript("performance.clearResourceTimings()");
			browser.go(storyPath + "/frames/1");
			assertThat(withoutImages(browser)).as("first visit to a frame, bytes without images")
				.isLessThanOrEqualTo(FIRST_VISIT);
			assertThat(browser.find("figcaption").getText()).contains("Alfajiri juu ya mashimo, 1")
				.contains("Picha: Fatuma");
			assertSized(browser.find("figure img"));
			assertThat(browser.text()).contains("Picha inayofuata");
			// The picture takes the phone's width (the page's margins aside), the
			// caption's parts each on their line, the pager's links large enough to tap.
			int column = browser.find("h1").getRect().getWidth();
			assertThat(column).isGreaterThanOrEqualTo(300);
			assertThat(browser.find("figure img").getRect().getWidth()).isEqualTo(column);
			assertThat(browser.driver().findElements(By.cssSelector(".frame-pager a")))
				.allSatisfy((link) -> assertThat(link.getRect().getHeight()).isGreaterThanOrEqualTo(44))
				.isNotEmpty();
			browser.assertAccessible();
			browser.screenshot("resource-03-story-swahili-360");

			// Without JavaScript the next link opens the next frame; with it, the next
			// frame is added below as the reader scrolls.
			// The reader scrolls to the end of the frame, where the "next" link comes
			// into view (a jump to the page's very end, past the footer, would never
			// show it). Where the link was already in view on arrival, htmx has
			// replaced it with the next frame before the scroll: nothing left to scroll.
			((JavascriptExecutor) browser.driver())
				.executeScript("var next = document.querySelector('.frame-pager a[rel=next]');"
						+ " if (next) { next.scrollIntoView({block: 'end'}); }");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector("figure.photo-frame")).size() == 2);
			WebElement second = browser.driver().findElements(By.cssSelector("figure.photo-frame img")).get(1);
			assertThat(second.getDomAttribute("loading")).isEqualTo("lazy");
			assertSized(second);

			browser.go(storyPath + "/frames/2");
			assertThat(withoutImages(browser)).as("later visit to a frame, bytes without images")
				.isLessThanOrEqualTo(LATER_VISIT);
			List<WebElement> previous = browser.driver().findElements(By.cssSelector("a[rel=prev]"));
			assertThat(previous).hasSize(1);
			assertThat(previous.get(0).getText()).isEqualTo("Picha iliyotangulia");
			assertThat(browser.find("figcaption").getText()).contains("Alfajiri juu ya mashimo, 2");
			assertThat(browser.find("h1").getText()).isEqualTo("Siku moja mashimoni");
			browser.assertAccessible();

			// The story's page in Swahili, marked as a translation (the original's
			// language
			// named in Swahili), the original a link away.
			browser.go(storyPath);
			assertThat(browser.find("h1").getText()).isEqualTo("Siku moja mashimoni");
			assertThat(browser.find("p.text-languages").getText())
				.contains("Imetafsiriwa kutoka Kiingereza na Fatuma Facilitator");
			browser.assertAccessible();
			browser.screenshot("resource-05-story-page-swahili-360");
		}
	}

	private static void assertSized(WebElement image) {
		assertThat(image.getDomAttribute("width")).isEqualTo("320");
		assertThat(Integer.parseInt(image.getDomAttribute("height"))).isGreaterThan(320);
		assertThat(image.getDomAttribute("srcset")).contains("320w");
	}

	/** Bytes fetched for the current page and its resources, images aside. */
	private static long withoutImages(Browser browser) {
		Object bytes = ((JavascriptExecutor) browser.driver())
			.executeScript("return performance.getEntriesByType('navigation')"
					+ ".concat(performance.getEntriesByType('resource'))"
					+ ".filter(function (e) { return e.initiatorType !== 'img' && !/\\.jpg$/.test(e.name); })"
					+ ".reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);");
		return ((Number) bytes).longValue();
	}

}
