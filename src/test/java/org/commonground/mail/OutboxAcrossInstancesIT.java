package org.commonground.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.commonground.support.TwoInstances;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox of two instances on one database: its scheduled round runs on one instance
 * at a time (ShedLock's row in the {@code shedlock} table), and however the rounds of
 * both interleave, every message reaches the SMTP server once.
 */
class OutboxAcrossInstancesIT {

	/** Bounds the rounds a test runs; a round sends up to 50 messages. */
	private static final int MAX_ROUNDS = 200;

	private final TwoInstances cluster = TwoInstances.get();

	private final JdbcTemplate jdbc = this.cluster.instance(0).getBean(JdbcTemplate.class);

	@Test
	void whileOneInstanceHoldsTheOutboxTheOtherSkipsItsRound() {
		String recipient = queue("held").get(0);
		LockProvider locksOfFirst = this.cluster.instance(0).getBean(LockProvider.class);
		OutboundEmailSender senderOfSecond = this.cluster.instance(1).getBean(OutboundEmailSender.class);

		SimpleLock held = hold(locksOfFirst);
		try {
			senderOfSecond.sendDue();
			assertThat(status(recipient)).isEqualTo("QUEUED");
			assertThat(deliveries().getOrDefault(recipient, 0L)).isZero();
		}
		finally {
			held.unlock();
		}

		for (int round = 0; round < MAX_ROUNDS && "QUEUED".equals(status(recipient)); round++) {
			senderOfSecond.sendDue();
		}
		assertThat(status(recipient)).isEqualTo("SENT");
		assertThat(deliveries().get(recipient)).isEqualTo(1L);
	}

	@Test
	void roundsOfBothInstancesAtOnceSendEveryMessageOnce() throws Exception {
		List<String> recipients = queue("parallel-1", "parallel-2", "parallel-3", "parallel-4", "parallel-5",
				"parallel-6", "parallel-7", "parallel-8", "parallel-9", "parallel-10", "parallel-11", "parallel-12");
		List<Callable<Integer>> instances = new ArrayList<>();
		for (int index = 0; index < 2; index++) {
			OutboundEmailSender sender = this.cluster.instance(index).getBean(OutboundEmailSender.class);
			instances.add(() -> {
				int rounds = 0;
				while (rounds < MAX_ROUNDS && queued(recipients) > 0) {
					sender.sendDue();
					rounds++;
				}
				return rounds;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<Integer> done : pool.invokeAll(instances)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(queued(recipients)).isZero();
		Map<String, Long> delivered = deliveries();
		assertThat(recipients).allSatisfy((recipient) -> assertThat(delivered.get(recipient)).isEqualTo(1L));
	}

	/** Takes the outbox's lock as the first instance's scheduler would. */
	private static SimpleLock hold(LockProvider locks) {
		for (int attempt = 0; attempt < MAX_ROUNDS; attempt++) {
			var lock = locks.lock(new LockConfiguration(Instant.now(), "outbound-email-sender", Duration.ofMinutes(1),
					Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
		}
		throw new AssertionError("The outbox lock stayed taken");
	}

	private List<String> queue(String... names) {
		String run = Long.toString(System.nanoTime());
		List<String> recipients = Arrays.stream(names).map((name) -> name + "-" + run + "@cluster.example").toList();
		for (String recipient : recipients) {
			this.jdbc.update(
					"insert into outbound_email (recipient, subject, body, status, attempts, next_attempt_at) "
							+ "values (?, 'Cluster test', 'Sent once', 'QUEUED', 0, now() - interval '1 minute')",
					recipient);
		}
		return recipients;
	}

	private String status(String recipient) {
		return this.jdbc.queryForObject("select status from outbound_email where recipient = ?", String.class,
				recipient);
	}

	private int queued(List<String> recipients) {
		return this.jdbc.queryForObject(
				"select count(*) from outbound_email where status = 'QUEUED' and recipient = any(?)", Integer.class,
				(Object) recipients.toArray(String[]::new));
	}

	private Map<String, Long> deliveries() {
		return Arrays.stream(this.cluster.smtp().getReceivedMessages())
			.map(OutboxAcrossInstancesIT::recipientOf)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static String recipientOf(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
