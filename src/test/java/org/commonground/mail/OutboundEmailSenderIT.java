package org.commonground.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Parallel;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The outbox against the real database and a real SMTP server (GreenMail): a message is
 * kept until the server takes it, retried with backoff while the server is down, sent
 * once however many senders run, and an admin can send a failed one again. The cached
 * application context has no SMTP server, so the sender here is built on its repository
 * with a mail sender pointed at GreenMail; time is passed in, never waited for.
 */
class OutboundEmailSenderIT extends IntegrationTest {

	private static final AtomicLong RECIPIENTS = new AtomicLong(System.nanoTime());

	@Autowired
	OutboundEmailRepository emails;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private final int port = freePort();

	private final GreenMail smtp = new GreenMail(new ServerSetup(this.port, "localhost", ServerSetup.PROTOCOL_SMTP));

	private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void aMessageQueuedWhileTheMailServerIsDownIsSentOnceAfterItsBackoff() throws Exception {
		String recipient = recipient();
		// delivery right after the commit never happens, as when the JVM dies at that
		// moment
		mailService(command -> {
		}).send(recipient, "Reset", "Choose a new password: https://dialogue.example/password/reset?token=t0k3n");
		long id = idOf(recipient);

		sender(PROPERTIES).sendDue(this.start);

		OutboundEmail failedOnce = this.emails.findById(id).orElseThrow();
		assertThat(failedOnce.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED);
		assertThat(failedOnce.getAttempts()).isEqualTo(1);
		assertThat(failedOnce.getNextAttemptAt()).isEqualTo(this.start.plus(Duration.ofMinutes(1)));
		assertThat(failedOnce.getBody()).contains("token=t0k3n");
		assertThat(failedOnce.getError()).isNotBlank();

		this.smtp.start();
		assertThat(sender(PROPERTIES).sendDue(this.start.plusSeconds(59))).isZero();
		assertThat(this.smtp.getReceivedMessages()).isEmpty();

		// a sender of a restarted application picks the queued message up
		sender(PROPERTIES).sendDue(this.start.plus(Duration.ofMinutes(1)));
		sender(PROPERTIES).sendDue(this.start.plus(Duration.ofDays(1)));

		assertThat(bodiesTo(recipient)).singleElement().asString().contains("token=t0k3n");
		OutboundEmail sent = this.emails.findById(id).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(OutboundEmail.Status.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getSentAt()).isEqualTo(this.start.plus(Duration.ofMinutes(1)));
		assertThat(sent.getBody()).as("the link with its token is not kept once sent").isNull();
	}

	@Test
	void severalSendersRunningAtOnceSendEachMessageOnce() throws Exception {
		this.smtp.start();
		List<String> recipients = List.of(recipient(), recipient(), recipient(), recipient(), recipient(), recipient());
		MailService mail = mailService(command -> {
		});
		for (String recipient : recipients) {
			mail.send(recipient, "Hello", "Hello " + recipient);
		}

		Parallel.run(4, () -> sender(PROPERTIES).sendDue(this.start));

		for (String recipient : recipients) {
			assertThat(bodiesTo(recipient)).as(recipient).hasSize(1);
			assertThat(this.emails.findById(idOf(recipient)).orElseThrow().getStatus())
				.isEqualTo(OutboundEmail.Status.SENT);
		}
	}

	@Test
	void aMessageThatFailedAtEveryAttemptIsSentAgainWhenAnAdminAsks() throws Exception {
		MailProperties twoAttempts = new MailProperties(PROPERTIES.from(), PROPERTIES.baseUrl(), Duration.ofMinutes(1),
				Duration.ofMinutes(1), 2);
		String recipient = recipient();
		mailService(command -> {
		}).send(recipient, "Welcome", "Confirm: https://dialogue.example/register/confirm?token=abc");
		long id = idOf(recipient);
		sender(twoAttempts).sendDue(this.start);
		sender(twoAttempts).sendDue(this.start.plus(Duration.ofMinutes(1)));
		assertThat(this.emails.findById(id).orElseThrow().getStatus()).isEqualTo(OutboundEmail.Status.FAILED);

		WebClient admin = new WebClient(this.mvc);
		admin.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		String page = admin.perform(get("/admin/emails").param("q", recipient)).getContentAsString();
		assertThat(page).contains("/admin/emails/" + id + "/resend").contains("Sending failed");
		assertThat(new WebClient(this.mvc).performAsIs(post("/admin/emails/" + id + "/resend")).getStatus())
			.as("without a CSRF token")
			.isEqualTo(403);

		admin.perform(post("/admin/emails/" + id + "/resend"));

		assertThat(admin.lastFlash()).containsEntry("flashSuccess", "admin.emails.resent");
		OutboundEmail queued = this.emails.findById(id).orElseThrow();
		assertThat(queued.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED);
		assertThat(queued.getAttempts()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EMAIL_RESENT' and reason = ?", Integer.class,
				"#" + id))
			.isEqualTo(1);

		this.smtp.start();
		sender(twoAttempts).sendDue(queued.getNextAttemptAt());
		assertThat(bodiesTo(recipient)).singleElement().asString().contains("token=abc");
		assertThat(admin.perform(post("/admin/emails/" + id + "/resend")).getStatus()).isEqualTo(302);
		assertThat(admin.lastFlash()).containsEntry("flashInfo", "admin.emails.not-resendable");
	}

	@Test
	void aMessageWithAnHtmlAlternativeAndHeadersArrivesPlainTextFirstWithItsHeaders() throws Exception {
		this.smtp.start();
		String recipient = recipient();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<https://dialogue.example/unsubscribe?token=t0k3n>");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		mailService(command -> {
		}).send(new MailMessage(recipient, "Your daily summary", "Plain text first", "<p>HTML second</p>", headers));

		sender(PROPERTIES).sendDue(this.start);

		MimeMessage received = Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://dialogue.example/unsubscribe?token=t0k3n>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String raw = GreenMailUtil.getWholeMessage(received);
		assertThat(raw).contains("multipart/alternative").contains("text/plain").contains("text/html");
		assertThat(raw.indexOf("Plain text first")).as("plain text before its HTML alternative")
			.isLessThan(raw.indexOf("<p>HTML second</p>"))
			.isPositive();
		OutboundEmail sent = this.emails.findById(idOf(recipient)).orElseThrow();
		assertThat(sent.getHtmlBody()).isNull();
		assertThat(sent.getHeaders()).isEmpty();
	}

	private static final MailProperties PROPERTIES = MailServiceTest.PROPERTIES;

	private JavaMailSenderImpl smtpSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(this.port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
		return sender;
	}

	private OutboundEmailSender sender(MailProperties properties) {
		return new OutboundEmailSender(this.emails, MailServiceTest.provider(smtpSender()), properties,
				Clock.fixed(this.start, ZoneOffset.UTC), this.transactions);
	}

	private MailService mailService(Executor afterCommit) {
		return new MailService(this.emails, MailServiceTest.provider(smtpSender()), PROPERTIES,
				Clock.fixed(this.start, ZoneOffset.UTC), afterCommit, sender(PROPERTIES),
				(ApplicationEventPublisher) (event) -> {
				});
	}

	private long idOf(String recipient) {
		return this.jdbc.queryForObject("select id from outbound_email where recipient = ?", Long.class, recipient);
	}

	private List<String> bodiesTo(String recipient) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(GreenMailUtil::getBody).toList();
	}

	private static String recipient() {
		return "outbox-" + RECIPIENTS.incrementAndGet() + "@test.example";
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
