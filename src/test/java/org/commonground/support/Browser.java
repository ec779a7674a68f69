package org.commonground.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) sized
 * like a phone, with an axe-core check and screenshots into {@code docs/screenshots/}.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("docs/screenshots");

	private final ChromeDriver driver;

	private final String base;

	/** The pages checked or photographed, by path, for the Nu Html Checker on close. */
	private final java.util.Map<String, String> visited = new java.util.LinkedHashMap<>();

	/** Whether the pages run their scripts (see {@link #openWithoutJavaScript(int)}). */
	private final boolean javaScript;

	private Browser(ChromeDriver driver, String base, boolean javaScript) {
		this.driver = driver;
		this.base = base;
		this.javaScript = javaScript;
	}

	public static Browser open(int port) {
		return open(port, true);
	}

	/**
	 * A browser whose pages run no script, as for a person who switched JavaScript off
	 * (Chromium's script execution disabled through the DevTools protocol; WebDriver's
	 * own {@code executeScript} still works). Only {@link #assertAccessible()} lets
	 * scripts run, for axe's own and only while it checks: axe waits on timers, which a
	 * page without JavaScript never fires (with Chromium's content setting instead, every
	 * check ran into the script timeout and axe answered an error with no violations).
	 */
	public static Browser openWithoutJavaScript(int port) {
		return open(port, false);
	}

	private static Browser open(int port, boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=en-GB", "--window-size=412,915");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
		driver.manage().window().setSize(new Dimension(412, 915));
		if (!javaScript) {
			scripts(driver, false);
		}
		return new Browser(driver, "http://localhost:" + port, javaScript);
	}

	private static void scripts(ChromeDriver driver, boolean run) {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", !run));
	}

	private static String firstExisting(String... paths) {
		for (String path : paths) {
			if (new File(path).canExecute()) {
				return path;
			}
		}
		throw new IllegalStateException(
				"Not installed: " + String.join(" or ", paths) + " (apt-get install chromium chromium-driver)");
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.base + path);
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date field to an ISO date, the way a date picker would. */
	public void setDate(String css, String isoDate) {
		this.driver.executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
	}

	public void choose(String selectCss, String value) {
		find(selectCss + " option[value='" + value + "']").click();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public String text() {
		return find("body").getText();
	}

	public String htmlLang() {
		return find("html").getAttribute("lang");
	}

	/**
	 * Runs axe-core (WCAG 2.2 A and AA rules) and fails on any serious or critical
	 * violation.
	 */
	public void assertAccessible() {
		keepForHtmlCheck();
		Results results;
		if (this.javaScript) {
			results = axe();
		}
		else {
			assertThat(this.driver.executeScript("return typeof window.htmx"))
				.as("%s was loaded without running its scripts", path())
				.isEqualTo("undefined");
			scripts(this.driver, true);
			try {
				results = axe();
			}
			finally {
				scripts(this.driver, false);
			}
		}
		// axe answers a run that failed (a script that timed out, say) with an error and
		// no violations: that is no check at all.
		assertThat(results.isErrored()).as("axe could not run on %s: %s", path(), results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("axe checked nothing on %s", path()).isNotEmpty();
		List<Rule> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("axe violations on %s: %s", path(), serious.stream()
			.map((rule) -> rule.getId() + " "
					+ rule.getNodes().stream().map((n) -> n.getTarget().toString()).collect(Collectors.joining(",")))
			.collect(Collectors.joining("; "))).isEmpty();
	}

	private Results axe() {
		return new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.analyze(this.driver);
	}

	/** Saves a screenshot of the whole page as {@code docs/screenshots/<name>.png}. */
	public void screenshot(String name) {
		keepForHtmlCheck();
		try {
			Files.createDirectories(SCREENSHOTS);
			long height = (Long) this.driver.executeScript("return document.documentElement.scrollHeight");
			Dimension original = this.driver.manage().window().getSize();
			this.driver.manage()
				.window()
				.setSize(new Dimension(original.getWidth(), (int) Math.min(height + 40, 3000)));
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			this.driver.manage().window().setSize(original);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * Clicks something that loads a new page (a submit button, a link) and waits for that
	 * page.
	 */
	public void submit(String css) {
		String marker = java.util.UUID.randomUUID().toString();
		this.driver.executeScript("window.cgPage = arguments[0]", marker);
		find(css).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until((d) -> !marker.equals(this.driver.executeScript("return window.cgPage"))
					&& "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Clicks something that changes the page in place (an htmx form) and waits until the
	 * element appears; fails if the browser loaded a new page instead.
	 */
	public void submitInPlace(String css, String appearsCss) {
		String marker = java.util.UUID.randomUUID().toString();
		this.driver.executeScript("window.cgPage = arguments[0]", marker);
		find(css).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((d) -> !d.findElements(By.cssSelector(appearsCss)).isEmpty());
		assertThat(this.driver.executeScript("return window.cgPage")).as("the page was not reloaded").isEqualTo(marker);
	}

	/** Forgets every cookie, so the next page is seen as a new visitor. */
	public void forgetEveryone() {
		this.driver.manage().deleteAllCookies();
	}

	/** Logs in through the login form. */
	public void logIn(String email, String password) {
		go("/login");
		type("#username", email);
		type("#password", password);
		submit("main form button[type=submit]");
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Keeps the page as the browser has it (its DOM, with htmx's changes) for the Nu Html
	 * Checker, which runs over every kept page when the browser closes.
	 */
	private void keepForHtmlCheck() {
		String source = this.driver.getPageSource();
		if (source != null && source.contains("<html")) {
			this.visited.putIfAbsent(path() + " @" + this.driver.manage().window().getSize().getWidth(),
					source.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? source : "<!DOCTYPE html>" + source);
		}
	}

	/**
	 * Closes the browser, then fails on any error the Nu Html Checker finds in the pages.
	 */
	@Override
	public void close() {
		this.driver.quit();
		NuHtmlChecker.assertValid(this.visited);
	}

}
