package org.commonground.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against the running server, for what MockMvc cannot show: error
 * pages rendered by the servlet container's error dispatch. Keeps cookies; follows no
 * redirects.
 */
public class RealHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** What a browser asks for when it follows a link. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private boolean sendsReferer;

	public RealHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", ACCEPT).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the form page first to take its CSRF token, then posts the fields to the
	 * action.
	 */
	public HttpResponse<String> submit(String formPage, String action, String... fields)
			throws IOException, InterruptedException {
		return submit(formPage, action, Map.of(), fields);
	}

	/**
	 * Like {@link #submit(String, String, String...)}, with extra headers on the post
	 * (such as those a reverse proxy would add).
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> headers, String... fields)
			throws IOException, InterruptedException {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on " + formPage);
		}
		StringBuilder body = new StringBuilder("_csrf=").append(encode(matcher.group(1)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts the fields without a CSRF token, as a form left open while its token expired
	 * (or a forged one) would, with extra headers (such as {@code Accept-Language}).
	 */
	public HttpResponse<String> postWithoutToken(String action, Map<String, String> headers, String... fields)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append((i == 0) ? "" : "&").append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the form page first to take its CSRF token, then posts the fields and one
	 * file (field {@code file}) as {@code multipart/form-data}, as a browser's upload
	 * form does.
	 */
	public HttpResponse<String> upload(String formPage, String action, String fileName, byte[] content,
			String... fields) throws IOException, InterruptedException {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on " + formPage);
		}
		String boundary = "----CommonGroundTest" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		part(body, boundary, "_csrf", matcher.group(1));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			part(body, boundary, fields[i], fields[i + 1]);
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (this.sendsReferer) {
			request.header("Referer", this.base + formPage);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** From now on, an upload says which page its form was on, as browsers do. */
	public RealHttp sendingReferer() {
		this.sendsReferer = true;
		return this;
	}

	private static void part(java.io.ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
