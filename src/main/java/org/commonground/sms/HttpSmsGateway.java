package org.commonground.sms;

import java.net.http.HttpClient;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A generic HTTP gateway ({@code app.sms.gateway=http}) shaped like Africa's Talking's
 * messaging API and RapidPro's external channel: each message is one form post of
 * {@code to}, {@code message} and, when configured, {@code from} and {@code username},
 * with the API key in a header. Any 2xx answer is success.
 */
class HttpSmsGateway implements SmsGateway {

	private final SmsProperties.Http properties;

	private final RestClient client;

	HttpSmsGateway(SmsProperties.Http properties) {
		this.properties = properties;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requests.setReadTimeout(properties.timeout());
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public String name() {
		return "http";
	}

	@Override
	public boolean configured() {
		return this.properties.sendUrl() != null && StringUtils.hasText(this.properties.apiKey());
	}

	@Override
	public String send(String phoneNumber, String text) {
		if (!configured()) {
			throw new SmsSendException("app.sms.http.send-url and app.sms.http.api-key are not set");
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("to", phoneNumber);
		form.add("message", text);
		if (StringUtils.hasText(this.properties.senderId())) {
			form.add("from", this.properties.senderId());
		}
		if (StringUtils.hasText(this.properties.username())) {
			form.add("username", this.properties.username());
		}
		try {
			String answer = this.client.post()
				.uri(this.properties.sendUrl())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.header(this.properties.apiKeyHeader(), this.properties.apiKey())
				.body(form)
				.retrieve()
				.body(String.class);
			return (answer != null && answer.length() > 100) ? answer.substring(0, 100) : answer;
		}
		catch (RestClientException ex) {
			throw new SmsSendException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

}
