package org.commonground.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A small load driver for {@code scripts/benchmark-cluster.sh}: visitors reading and
 * members (the demo accounts) commenting on challenges, endorsing them and setting
 * stances on the vision, through the load balancer, for a bounded time; then it checks
 * from the database that every acknowledged write is stored once, that a form sent twice
 * (same form token, as a browser retrying) made one comment, and that the counters equal
 * their rows. Only loopback addresses are meant as targets. Settings are system
 * properties: {@code base}, {@code seconds}, {@code visitors}, {@code members},
 * {@code db.url}, {@code db.user}, {@code db.password}.
 */
public final class ClusterLoad {

	private static final String[] DEMO_MEMBERS = { "neema.shija", "joseph.masanja", "agnes.mollel", "emmanuel.kalinga",
			"salim.abdallah", "grace.lyimo", "halima.said", "claire.dubois", "rehema.kulwa", "baraka.mushi",
			"amina.kombo" };

	private static final String DEMO_DOMAIN = "@demo.commonground.example";

	private static final String DEMO_PASSWORD = "Geita-Dialogue-2026";

	private static final Pattern CHALLENGE = Pattern.compile("^/dialogues/([^/]+)/challenges/(\\d+)$");

	private static final Pattern STANCE = Pattern
		.compile("^/dialogues/([^/]+)/vision/versions/(\\d+)/paragraphs/([^/]+)/stance$");

	private final String base;

	private final long deadline;

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	/** Comment markers whose post was acknowledged (a redirect to the comment). */
	private final Set<String> acknowledgedComments = ConcurrentHashMap.newKeySet();

	/** Markers of comments sent twice with the same form token. */
	private final Set<String> resentComments = ConcurrentHashMap.newKeySet();

	/**
	 * Last acknowledged endorsement state per member and challenge ("email|id" to
	 * true/false).
	 */
	private final Map<String, Boolean> endorsements = new ConcurrentHashMap<>();

	/** Last acknowledged stance per member, version and paragraph. */
	private final Map<String, String> stances = new ConcurrentHashMap<>();

	private final AtomicInteger sessionChecks = new AtomicInteger();

	private final AtomicInteger sessionsLost = new AtomicInteger();

	private final List<String> readPages = new ArrayList<>();

	private final List<String> challengePages = new ArrayList<>();

	private final List<String> visionPages = new ArrayList<>();

	private ClusterLoad(String base, Duration duration) {
		this.base = base;
		this.deadline = System.nanoTime() + duration.toNanos();
	}

	public static void main(String[] args) throws Exception {
		ClusterLoad load = new ClusterLoad(System.getProperty("base", "http://localhost:8090"),
				Duration.ofSeconds(Long.getLong("seconds", 120)));
		load.discover();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < Integer.getInteger("visitors", 6); i++) {
			threads.add(start("visitor-" + i, load::visit));
		}
		int members = Math.min(Integer.getInteger("members", 8), DEMO_MEMBERS.length);
		for (int i = 0; i < members; i++) {
			String email = DEMO_MEMBERS[i] + DEMO_DOMAIN;
			threads.add(start("member-" + i, () -> load.takePart(email)));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		load.report();
		boolean consistent = load.check(System.getProperty("db.url"), System.getProperty("db.user", "postgres"),
				System.getProperty("db.password"));
		System.exit(consistent ? 0 : 1);
	}

	private static Thread start(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.start();
		return thread;
	}

	/**
	 * Finds the dialogues' challenge and vision pages from the home page; tries a few
	 * times, as a cluster still warming up answers slowly.
	 */
	private void discover() throws IOException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				discoverOnce();
				return;
			}
			catch (IOException ex) {
				if (attempt == 5) {
					throw ex;
				}
				System.out.println("Discovery failed (" + kind(ex) + "), trying again");
			}
		}
	}

	private void discoverOnce() throws IOException, InterruptedException {
		this.readPages.clear();
		this.challengePages.clear();
		this.visionPages.clear();
		HttpClient client = client();
		Document home = Jsoup.parse(send(client, get("/")).body());
		this.readPages.add("/");
		for (Element link : home.select("a[href^=/dialogues/]")) {
			String path = link.attr("href").replaceAll("[?#].*", "");
			if (path.matches("^/dialogues/[^/]+$") && !this.readPages.contains(path)) {
				this.readPages.add(path);
				this.readPages.add(path + "/challenges");
				Document list = Jsoup.parse(send(client, get(path + "/challenges")).body());
				for (Element challenge : list.select("a[href^=/dialogues/]")) {
					String to = challenge.attr("href").replaceAll("[?#].*", "");
					if (CHALLENGE.matcher(to).matches() && !this.challengePages.contains(to)) {
						this.challengePages.add(to);
					}
				}
				this.visionPages.add(path + "/vision");
			}
		}
		this.readPages.addAll(this.challengePages);
		this.readPages.addAll(this.visionPages);
		System.out.printf("Pages: %d to read, %d challenges, %d visions%n", this.readPages.size(),
				this.challengePages.size(), this.visionPages.size());
		if (this.challengePages.isEmpty()) {
			throw new IllegalStateException("No challenge found from the home page; start with APP_DEMO=true");
		}
	}

	private void visit() {
		HttpClient client = client();
		while (running()) {
			String page = pick(this.readPages);
			record("read", () -> send(client, get(page)));
		}
	}

	private void takePart(String email) {
		HttpClient client = client();
		if (!signIn(client, email)) {
			return;
		}
		int round = 0;
		while (running()) {
			round++;
			int dice = ThreadLocalRandom.current().nextInt(10);
			try {
				if (round % 10 == 0) {
					checkSession(client, email);
				}
				else if (dice < 4) {
					comment(client);
				}
				else if (dice < 7) {
					endorse(client, email);
				}
				else {
					stance(client, email);
				}
			}
			catch (IOException | RuntimeException ex) {
				count("member action: " + kind(ex));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private boolean signIn(HttpClient client, String email) {
		for (int attempt = 0; attempt < 20 && running(); attempt++) {
			try {
				HttpResponse<String> page = send(client, get("/login"));
				Element form = Jsoup.parse(page.body()).selectFirst("form[action$=/login]");
				if (form == null) {
					count("login page without form: status " + page.statusCode());
					continue;
				}
				HttpResponse<String> done = post(client, "/login",
						fields(form, Map.of("username", email, "password", DEMO_PASSWORD)));
				String to = done.headers().firstValue("Location").orElse("");
				if (done.statusCode() == 302 && !to.contains("error")) {
					count("login ok");
					return true;
				}
				count("login refused: status " + done.statusCode());
			}
			catch (IOException | RuntimeException ex) {
				count("login: " + kind(ex));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	/** A signed-in member's profile: still signed in, whichever instance answers. */
	private void checkSession(HttpClient client, String email) throws IOException, InterruptedException {
		HttpResponse<String> profile = send(client, get("/account/profile"));
		count("session check: status " + profile.statusCode());
		if (profile.statusCode() == 200) {
			this.sessionChecks.incrementAndGet();
		}
		else if (profile.statusCode() == 302) {
			this.sessionsLost.incrementAndGet();
			signIn(client, email);
		}
	}

	private void comment(HttpClient client) throws IOException, InterruptedException {
		String page = pick(this.challengePages);
		HttpResponse<String> shown = send(client, get(page));
		count("read before write: status " + shown.statusCode());
		Element form = Jsoup.parse(shown.body()).selectFirst("form[action$=/comments]:has(textarea[name=body])");
		if (form == null) {
			return;
		}
		String marker = "load-" + UUID.randomUUID();
		String body = fields(form, Map.of("body", "Cluster load comment " + marker));
		HttpResponse<String> posted = post(client, form.attr("action"), body);
		boolean acknowledged = posted.statusCode() == 302
				&& posted.headers().firstValue("Location").orElse("").contains("comment");
		count("comment: status " + posted.statusCode());
		if (acknowledged) {
			this.acknowledgedComments.add(marker);
			if (ThreadLocalRandom.current().nextInt(5) == 0) {
				// the browser sends the same form again (reload, double click, retry)
				HttpResponse<String> again = post(client, form.attr("action"), body);
				count("comment sent again: status " + again.statusCode());
				this.resentComments.add(marker);
			}
		}
	}

	private void endorse(HttpClient client, String email) throws IOException, InterruptedException {
		String page = pick(this.challengePages);
		Matcher challenge = CHALLENGE.matcher(page);
		challenge.matches();
		HttpResponse<String> shown = send(client, get(page));
		Document document = Jsoup.parse(shown.body());
		Element form = document.selectFirst("form[action$=/endorsement], form[action$=/endorsement/withdraw]");
		if (form == null) {
			return;
		}
		boolean endorsing = form.attr("action").endsWith("/endorsement");
		String key = email + "|" + challenge.group(2);
		this.endorsements.put(key + "|pending", true);
		HttpResponse<String> done = post(client, form.attr("action"), fields(form, Map.of()));
		count((endorsing ? "endorse" : "withdraw") + ": status " + done.statusCode());
		if (done.statusCode() == 302) {
			this.endorsements.put(key, endorsing);
			this.endorsements.remove(key + "|pending");
		}
	}

	private void stance(HttpClient client, String email) throws IOException, InterruptedException {
		String page = pick(this.visionPages);
		HttpResponse<String> shown = send(client, get(page));
		List<Element> forms = Jsoup.parse(shown.body()).select("form.stance-form");
		if (forms.isEmpty()) {
			return;
		}
		Element form = forms.get(ThreadLocalRandom.current().nextInt(forms.size()));
		Matcher target = STANCE.matcher(form.attr("action"));
		if (!target.matches()) {
			return;
		}
		String[] choices = { "AGREE", "CAN_LIVE_WITH", "DISAGREE" };
		String chosen = choices[ThreadLocalRandom.current().nextInt(choices.length)];
		String key = email + "|" + target.group(1) + "|" + target.group(2) + "|" + target.group(3);
		this.stances.put(key + "|pending", chosen);
		HttpResponse<String> done = post(client, form.attr("action"), fields(form, Map.of("stance", chosen)));
		count("stance: status " + done.statusCode());
		if (done.statusCode() == 302) {
			this.stances.put(key, chosen);
			this.stances.remove(key + "|pending");
		}
	}

	/**
	 * The form's hidden and text fields with their values, the given ones replacing them.
	 */
	private static String fields(Element form, Map<String, String> values) {
		Map<String, String> all = new TreeMap<>();
		for (Element input : form.select("input[name]")) {
			String type = input.attr("type");
			if (!type.equals("radio") && !type.equals("checkbox") && !type.equals("submit")) {
				all.put(input.attr("name"), input.attr("value"));
			}
		}
		all.putAll(values);
		StringBuilder body = new StringBuilder();
		all.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

	private interface Request {

		HttpResponse<String> send() throws IOException, InterruptedException;

	}

	private void record(String what, Request request) {
		try {
			HttpResponse<String> response = request.send();
			count(what + ": status " + response.statusCode());
		}
		catch (IOException | RuntimeException ex) {
			count(what + ": " + kind(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String kind(Exception ex) {
		if (ex instanceof HttpTimeoutException) {
			return "timeout";
		}
		if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
			return "connection refused";
		}
		return ex.getClass().getSimpleName();
	}

	private void count(String outcome) {
		this.outcomes.computeIfAbsent(outcome, (key) -> new LongAdder()).increment();
	}

	private boolean running() {
		return System.nanoTime() < this.deadline && !Thread.currentThread().isInterrupted();
	}

	private static String pick(List<String> from) {
		return from.get(ThreadLocalRandom.current().nextInt(from.size()));
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html")
			.build();
	}

	private HttpResponse<String> post(HttpClient client, String path, String form)
			throws IOException, InterruptedException {
		return send(client,
				HttpRequest.newBuilder(URI.create(this.base + path))
					.timeout(Duration.ofSeconds(60))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void report() {
		long total = this.outcomes.values().stream().mapToLong(LongAdder::sum).sum();
		System.out.printf("Requests: %d%n", total);
		new TreeMap<>(this.outcomes).forEach((outcome, n) -> System.out.printf("  %-45s %d%n", outcome, n.sum()));
		System.out.printf("Session checks signed in: %d, sessions found signed out: %d%n", this.sessionChecks.get(),
				this.sessionsLost.get());
		System.out.printf("Acknowledged comments: %d (of which sent twice: %d)%n", this.acknowledgedComments.size(),
				this.resentComments.size());
	}

	/**
	 * Checks the database after the run; prints each finding and returns whether all
	 * hold.
	 */
	private boolean check(String url, String user, String password) throws SQLException {
		if (url == null) {
			System.out.println("No db.url: database checks skipped");
			return true;
		}
		boolean ok = true;
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			int lost = 0;
			int duplicated = 0;
			try (PreparedStatement query = db
				.prepareStatement("select count(*) from comment where body_source like '%' || ? || '%'")) {
				for (String marker : this.acknowledgedComments) {
					query.setString(1, marker);
					try (ResultSet rows = query.executeQuery()) {
						rows.next();
						int n = rows.getInt(1);
						lost += (n == 0) ? 1 : 0;
						duplicated += (n > 1) ? 1 : 0;
					}
				}
			}
			ok &= finding("acknowledged comments missing", lost);
			ok &= finding("comments stored more than once (of " + this.resentComments.size() + " sent twice)",
					duplicated);
			ok &= finding("unacknowledged load comments stored twice", scalar(db,
					"select count(*) from (select body_source from comment where body_source like 'Cluster load comment load-%' "
							+ "group by body_source having count(*) > 1) d"));
			ok &= finding("acknowledged endorsement states not in the database", endorsementMismatches(db));
			ok &= finding("acknowledged stances not in the database", stanceMismatches(db));
			ok &= finding("challenges whose endorsement_count differs from their endorsements",
					scalar(db, "select count(*) from challenge c where c.endorsement_count <> "
							+ "(select count(*) from challenge_endorsement e where e.challenge_id = c.id)"));
			// comment_count counts the comments everyone sees (not held, hidden or
			// deleted: ChallengeCommentCounts), as the lists and "most discussed" do.
			ok &= finding("unmerged challenges whose comment_count differs from their visible comments",
					scalar(db, "select count(*) from challenge c where c.status <> 'MERGED' and c.comment_count <> "
							+ "(select count(*) from comment m where m.target_type = 'CHALLENGE' and m.target_id = c.id "
							+ "and m.status = 'VISIBLE')"));
			ok &= finding("comments whose reply_count differs from their replies",
					scalar(db, "select count(*) from comment c where c.reply_count <> "
							+ "(select count(*) from comment r where r.parent_id = c.id)"));
		}
		return ok;
	}

	private int endorsementMismatches(Connection db) throws SQLException {
		int wrong = 0;
		try (PreparedStatement query = db.prepareStatement("select count(*) from challenge_endorsement e "
				+ "join account a on a.id = e.account_id where a.email = ? and e.challenge_id = ?")) {
			for (Map.Entry<String, Boolean> entry : this.endorsements.entrySet()) {
				if (entry.getKey().endsWith("|pending") || this.endorsements.containsKey(entry.getKey() + "|pending")) {
					continue; // a later attempt got no answer: either state is right
				}
				String[] key = entry.getKey().split("\\|");
				query.setString(1, key[0]);
				query.setLong(2, Long.parseLong(key[1]));
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					wrong += ((rows.getInt(1) == 1) != entry.getValue()) ? 1 : 0;
				}
			}
		}
		return wrong;
	}

	private int stanceMismatches(Connection db) throws SQLException {
		int wrong = 0;
		try (PreparedStatement query = db.prepareStatement("select s.stance from vision_stance s "
				+ "join vision_version v on v.id = s.version_id join dialogue d on d.id = v.dialogue_id "
				+ "join account a on a.id = s.account_id "
				+ "where a.email = ? and d.slug = ? and v.number = ? and s.paragraph_key = ?")) {
			for (Map.Entry<String, String> entry : this.stances.entrySet()) {
				if (entry.getKey().endsWith("|pending") || this.stances.containsKey(entry.getKey() + "|pending")) {
					continue;
				}
				String[] key = entry.getKey().split("\\|");
				query.setString(1, key[0]);
				query.setString(2, key[1]);
				query.setInt(3, Integer.parseInt(key[2]));
				query.setString(4, key[3]);
				try (ResultSet rows = query.executeQuery()) {
					wrong += (!rows.next() || !entry.getValue().equals(rows.getString(1))) ? 1 : 0;
				}
			}
		}
		return wrong;
	}

	private static int scalar(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static boolean finding(String what, int count) {
		System.out.printf("Check: %-75s %d%n", what, count);
		return count == 0;
	}

}
