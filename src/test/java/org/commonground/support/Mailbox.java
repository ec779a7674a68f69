package org.commonground.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/** Reads the messages the application stored in its outbound-email table. */
@Component
public class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	private final JdbcTemplate jdbc;

	Mailbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> subjects(String recipient) {
		return this.jdbc.queryForList("select subject from outbound_email where recipient = ? order by id",
				String.class, recipient);
	}

	public String latestBody(String recipient) {
		List<String> bodies = this.jdbc.queryForList(
				"select body from outbound_email where recipient = ? order by id desc limit 1", String.class,
				recipient);
		if (bodies.isEmpty()) {
			throw new AssertionError("No email to " + recipient);
		}
		return bodies.get(0);
	}

	/**
	 * The path and query of the first link in the latest message to the recipient that
	 * contains the given path.
	 */
	public String latestLink(String recipient, String pathStart) {
		Matcher matcher = LINK.matcher(latestBody(recipient));
		while (matcher.find()) {
			if (matcher.group(1).startsWith(pathStart)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No link to " + pathStart + " in the latest email to " + recipient);
	}

	/**
	 * Like {@link #latestLink}, for an email written in the background (a password
	 * reset): waits for it, at most 30 seconds.
	 */
	public String awaitLink(String recipient, String pathStart) {
		return await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> latestLink(recipient, pathStart), Objects::nonNull);
	}

}
