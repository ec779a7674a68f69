package org.commonground.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the gateway from {@code app.sms.gateway}. */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

	@Bean
	SmsGateway smsGateway(SmsProperties properties, SmsConversation conversation) {
		return switch (properties.gateway()) {
			case "http" -> new HttpSmsGateway(properties.http());
			case "fake" -> new FakeSmsGateway(conversation);
			default -> throw new IllegalStateException(
					"app.sms.gateway must be 'fake' or 'http', not '" + properties.gateway() + "'");
		};
	}

}
