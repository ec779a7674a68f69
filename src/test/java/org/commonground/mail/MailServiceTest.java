package org.commonground.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class MailServiceTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private final List<OutboundEmail> saved = new ArrayList<>();

	private final OutboundEmailRepository repository = mock(OutboundEmailRepository.class);

	private final MailProperties properties = new MailProperties("Common Ground <no-reply@test.example>",
			"https://dialogue.example/");

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

	MailServiceTest() {
		when(this.repository.save(any(OutboundEmail.class))).thenAnswer((call) -> {
			this.saved.add(call.getArgument(0));
			return call.getArgument(0);
		});
	}

	@Test
	void queuesAndSendsBySmtpWhenAMailServerIsConfiguredAndKeepsNoBody() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		MailService mail = new MailService(this.repository, provider(sender), this.properties, this.clock,
				Runnable::run);

		mail.send("neema@test.example", "Karibu", "Habari Neema,\nhttps://dialogue.example/register/confirm?token=x");

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Karibu");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("neema@test.example");
		assertThat(GreenMailUtil.getBody(received[0])).contains("register/confirm?token=x");
		assertThat(this.saved).singleElement().satisfies((email) -> {
			assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED);
			assertThat(email.getBody()).doesNotContain("token");
		});
		verify(this.repository).updateStatus(any(), eq(OutboundEmail.Status.SENT), isNull());
	}

	@Test
	void storesTheWholeMessageWhenNoMailServerIsConfigured() {
		MailService mail = new MailService(this.repository, provider(null), this.properties, this.clock, Runnable::run);
		mail.send("joseph@test.example", "Subject", "Body with https://dialogue.example/x");
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.saved).singleElement().satisfies((email) -> {
			assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.STORED);
			assertThat(email.getBody()).isEqualTo("Body with https://dialogue.example/x");
			assertThat(email.getCreatedAt()).isEqualTo(this.clock.instant());
		});
		assertThat(mail.baseUrl()).isEqualTo("https://dialogue.example");
	}

	@Test
	void recordsAFailureWhenTheMailServerRefuses() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(1);
		MailService mail = new MailService(this.repository, provider(sender), this.properties, this.clock,
				Runnable::run);
		mail.send("salim@test.example", "Subject", "Body");
		assertThat(this.saved).singleElement()
			.satisfies((email) -> assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED));
		verify(this.repository).updateStatus(any(), eq(OutboundEmail.Status.FAILED), any());
	}

	private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory(
				(sender != null) ? Map.of("mailSender", sender) : Map.of());
		return factory.getBeanProvider(JavaMailSender.class);
	}

}
