package org.commonground.sms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmsWebhookTest {

	private final SmsWebhook webhook = new SmsWebhook(
			new SmsProperties("fake", "secret-1", "key-1", null, null, Path.of("unused"), null,
					new SmsProperties.Limit(20, Duration.ofHours(1)), 500, Duration.ofSeconds(30), null));

	@Test
	void acceptsTheSharedSecretOrASignatureOfTheRawBody() {
		byte[] body = "id=1&from=%2B255700000001&text=JIUNGE+GEITA".getBytes(StandardCharsets.UTF_8);
		assertThat(this.webhook.authentic(body, "secret-1", null)).isTrue();
		assertThat(this.webhook.authentic(body, "secret-2", null)).isFalse();
		assertThat(this.webhook.authentic(body, null, SmsWebhook.sign("key-1", body))).isTrue();
		assertThat(this.webhook.authentic(body, null, "sha256=" + SmsWebhook.sign("key-1", body))).isTrue();
		assertThat(this.webhook.authentic(body, null, SmsWebhook.sign("key-2", body))).isFalse();
		byte[] tampered = "id=1&from=%2B255700000001&text=JIUNGE+OTHER".getBytes(StandardCharsets.UTF_8);
		assertThat(this.webhook.authentic(tampered, null, SmsWebhook.sign("key-1", body))).isFalse();
		assertThat(this.webhook.authentic(body, null, null)).isFalse();
	}

	@Test
	void readsFormFieldsAsStrictUtf8() {
		InboundSms sms = this.webhook
			.read("id=m-7&from=%2B255700000001&text=Maji+yamechafuka+%E2%82%AC".getBytes(StandardCharsets.UTF_8));
		assertThat(sms).isEqualTo(new InboundSms("m-7", "+255700000001", "Maji yamechafuka €"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.webhook.read("id=1&from=%2B2557&text=%C3%28".getBytes(StandardCharsets.UTF_8)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.webhook.read("id=1&from=%2B255700000001&text=a%00b".getBytes(StandardCharsets.UTF_8)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.webhook.read("from=%2B255700000001&text=hi".getBytes(StandardCharsets.UTF_8)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.webhook.read("id=1&from=not-a-number&text=hi".getBytes(StandardCharsets.UTF_8)));
	}

}
