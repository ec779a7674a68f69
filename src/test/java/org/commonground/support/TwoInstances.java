package org.commonground.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.commonground.CommonGroundApplication;
import org.commonground.account.AccountService;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentPosting;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.MembershipService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of the whole application on the one {@link TestDatabase}, as behind a
 * load balancer: each its own Spring context, web server on its own port, pool, scheduler
 * and rate limiter, sharing nothing but PostgreSQL; both hand mail to one SMTP server
 * (GreenMail). Started on first use (after each other, so that Flyway migrates once),
 * stopped when the JVM exits. The scheduled outbox round is an hour apart, so that tests
 * call it themselves.
 */
public final class TwoInstances {

	private static TwoInstances running;

	private final GreenMail smtp;

	private final List<ConfigurableApplicationContext> instances;

	private TwoInstances() {
		int smtpPort = freePort();
		this.smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		this.instances = List.of(start(smtpPort, "a"), start(smtpPort, "b"));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			this.instances.forEach(ConfigurableApplicationContext::close);
			this.smtp.stop();
		}));
	}

	public static synchronized TwoInstances get() {
		if (running == null) {
			running = new TwoInstances();
		}
		return running;
	}

	/** The first ({@code 0}) or second ({@code 1}) instance. */
	public ConfigurableApplicationContext instance(int index) {
		return this.instances.get(index);
	}

	public int port(int index) {
		return ((WebServerApplicationContext) instance(index)).getWebServer().getPort();
	}

	/**
	 * A new confirmed participant, created through the first instance; returns its email.
	 */
	public String participant(String displayName) {
		return new TestAccounts(instance(0).getBean(AccountService.class)).participant(displayName);
	}

	/** Accounts made through the first instance's services. */
	public TestAccounts accounts() {
		return new TestAccounts(instance(0).getBean(AccountService.class));
	}

	/** Dialogues made and joined through the given instance's services. */
	public TestDialogues dialogues(int index) {
		ConfigurableApplicationContext on = instance(index);
		return new TestDialogues(on.getBean(DialogueService.class), on.getBean(MembershipService.class),
				on.getBean(UserDetailsService.class), on.getBean(JdbcTemplate.class));
	}

	/** Challenges and comments made through the given instance's services. */
	public TestChallenges challenges(int index) {
		ConfigurableApplicationContext on = instance(index);
		return new TestChallenges(on.getBean(ChallengeService.class), on.getBean(ChallengeContributions.class),
				on.getBean(ChallengeFacilitation.class), on.getBean(CommentPosting.class), dialogues(index),
				on.getBean(JdbcTemplate.class));
	}

	public GreenMail smtp() {
		return this.smtp;
	}

	private static ConfigurableApplicationContext start(int smtpPort, String name) {
		TestDatabase.Connection db = TestDatabase.get();
		return new SpringApplicationBuilder(CommonGroundApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--spring.mail.host=localhost",
				"--spring.mail.port=" + smtpPort, "--app.mail.poll-interval=1h", "--app.admin.email=",
				"--app.mail.base-url=http://localhost", "--spring.application.name=instance-" + name,
				"--spring.main.banner-mode=off");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
