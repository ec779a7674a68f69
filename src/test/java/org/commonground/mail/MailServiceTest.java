package org.commonground.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class MailServiceTest {

	static final MailProperties PROPERTIES = new MailProperties("Common Ground <no-reply@test.example>",
			"https://dialogue.example/", Duration.ofMinutes(1), Duration.ofMinutes(90), 10);

	private final List<OutboundEmail> saved = new ArrayList<>();

	private final OutboundEmailRepository repository = mock(OutboundEmailRepository.class);

	private final OutboundEmailSender sender = mock(OutboundEmailSender.class);

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

	MailServiceTest() {
		when(this.repository.save(any(OutboundEmail.class))).thenAnswer((call) -> {
			OutboundEmail email = call.getArgument(0);
			ReflectionTestUtils.setField(email, "id", (long) this.saved.size() + 1);
			this.saved.add(email);
			return email;
		});
	}

	@Test
	void queuesTheWholeMessageForTheMailServerAndHandsItToTheSender() {
		MailService mail = mailService(new JavaMailSenderImpl());

		mail.send("neema@test.example", "Karibu", "Habari Neema,\nhttps://dialogue.example/register/confirm?token=x");

		assertThat(this.saved).singleElement().satisfies((email) -> {
			assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED);
			assertThat(email.getBody()).endsWith("register/confirm?token=x");
			assertThat(email.getAttempts()).isZero();
			assertThat(email.getNextAttemptAt()).isEqualTo(this.clock.instant());
		});
		verify(this.sender).sendNow(1L);
	}

	@Test
	void storesTheWholeMessageWhenNoMailServerIsConfigured() {
		MailService mail = mailService(null);
		mail.send("joseph@test.example", "Subject", "Body with https://dialogue.example/x");
		assertThat(this.saved).singleElement().satisfies((email) -> {
			assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.STORED);
			assertThat(email.getBody()).isEqualTo("Body with https://dialogue.example/x");
			assertThat(email.getCreatedAt()).isEqualTo(this.clock.instant());
			assertThat(email.getNextAttemptAt()).isNull();
		});
		verifyNoInteractions(this.sender);
		assertThat(mail.baseUrl()).isEqualTo("https://dialogue.example");
	}

	@Test
	void retriesAfterABackoffThatDoublesUpToItsCapAndThenGivesUp() {
		Instant now = this.clock.instant();
		OutboundEmail email = new OutboundEmail("salim@test.example", "Subject", "Body", OutboundEmail.Status.QUEUED,
				null, now);
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt < 5; attempt++) {
			email.attemptFailed(now, "refused", Duration.ofMinutes(1), Duration.ofMinutes(5), 5);
			waits.add(Duration.between(now, email.getNextAttemptAt()));
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(5));
		assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.QUEUED);

		email.attemptFailed(now, "refused", Duration.ofMinutes(1), Duration.ofMinutes(5), 5);

		assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.FAILED);
		assertThat(email.getAttempts()).isEqualTo(5);
		assertThat(email.getNextAttemptAt()).isNull();
		assertThat(email.isResendable()).isTrue();
	}

	private MailService mailService(JavaMailSender mailSender) {
		return new MailService(this.repository, provider(mailSender), PROPERTIES, this.clock, Runnable::run,
				this.sender, mock(ApplicationEventPublisher.class));
	}

	static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory(
				(sender != null) ? Map.of("mailSender", sender) : Map.of());
		return factory.getBeanProvider(JavaMailSender.class);
	}

}
