package org.commonground.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives MockMvc like one browser: keeps its cookies (the session in PostgreSQL, the CSRF
 * cookie, remember-me) between requests, comes from one client address, and sends the
 * CSRF token with every change as the site's forms do. It uses the application's real
 * CSRF protection; Spring Security's {@code csrf()} test helper is not used, because it
 * replaces the application's token repository for every later test.
 */
public class WebClient {

	public static final String SESSION_COOKIE = "CGSESSION";

	private static final String CSRF_COOKIE = "XSRF-TOKEN";

	private static final SecureRandom random = new SecureRandom();

	private final MockMvc mvc;

	private final String address;

	private final Map<String, Cookie> cookies = new ConcurrentHashMap<>();

	private Map<String, Object> lastFlash = Map.of();

	public WebClient(MockMvc mvc) {
		this(mvc, TestAccounts.newAddress());
	}

	public WebClient(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Performs the request with this client's cookies and address; a change (any method
	 * but GET) carries the CSRF token like a form of the site would.
	 */
	public MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (!"GET".equals(request.buildRequest(new MockServletContext()).getMethod())) {
			String token;
			// Parallel requests of one client fetch one token, not one each (a race that
			// used to pair one thread's cookie with another's token).
			synchronized (this.cookies) {
				if (!this.cookies.containsKey(CSRF_COOKIE)) {
					performAsIs(get("/"));
				}
				token = this.cookies.get(CSRF_COOKIE).getValue();
			}
			request.param("_csrf", masked(token));
		}
		return followTemporaryRedirect(request, performAsIs(request));
	}

	/**
	 * As a browser does: a 307 answer is posted again, with the same parameters and
	 * headers, to where it points (the published per-target comment routes answer so).
	 */
	private MockHttpServletResponse followTemporaryRedirect(AbstractMockHttpServletRequestBuilder<?> request,
			MockHttpServletResponse response) throws Exception {
		if (response.getStatus() != 307 || response.getRedirectedUrl() == null) {
			return response;
		}
		MockHttpServletRequest sent = request.buildRequest(new MockServletContext());
		MockHttpServletRequestBuilder again = MockMvcRequestBuilders.request(HttpMethod.valueOf(sent.getMethod()),
				response.getRedirectedUrl());
		String query = sent.getQueryString();
		sent.getParameterMap().forEach((name, values) -> {
			if (query == null || !query.contains(name + "=")) {
				again.param(name, values);
			}
		});
		for (String header : java.util.Collections.list(sent.getHeaderNames())) {
			if (!"Cookie".equalsIgnoreCase(header)) {
				again.header(header, java.util.Collections.list(sent.getHeaders(header)).toArray());
			}
		}
		return performAsIs(again);
	}

	/**
	 * Performs the request without adding a CSRF token, as a forged cross-site form
	 * would.
	 */
	public MockHttpServletResponse performAsIs(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.with(from(this.address));
		for (Cookie cookie : this.cookies.values()) {
			request.cookie(cookie);
		}
		MvcResult result = finished(this.mvc.perform(request).andReturn());
		this.lastFlash = result.getFlashMap();
		MockHttpServletResponse response = result.getResponse();
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return response;
	}

	/**
	 * Sends a multipart form (a file upload) with this client's cookies, address and the
	 * CSRF token, as a form of the site would.
	 */
	public MockHttpServletResponse upload(
			org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request)
			throws Exception {
		synchronized (this.cookies) {
			if (!this.cookies.containsKey(CSRF_COOKIE)) {
				performAsIs(get("/"));
			}
			request.param("_csrf", masked(this.cookies.get(CSRF_COOKIE).getValue()));
		}
		request.with(from(this.address));
		for (Cookie cookie : this.cookies.values()) {
			request.cookie(cookie);
		}
		MvcResult result = finished(this.mvc.perform(request).andReturn());
		this.lastFlash = result.getFlashMap();
		return result.getResponse();
	}

	/**
	 * The result once an asynchronous answer (a file streamed by
	 * {@code StreamingResponseBody}) has been written whole, as a browser would wait for
	 * it; without this its body could still be empty when read.
	 */
	private MvcResult finished(MvcResult result) throws Exception {
		return result.getRequest().isAsyncStarted() ? this.mvc.perform(asyncDispatch(result)).andReturn() : result;
	}

	/** Logs in with the login form; returns the response (a redirect). */
	public MockHttpServletResponse logIn(String email, String password) throws Exception {
		return perform(post("/login").param("username", email).param("password", password));
	}

	/** The flash attributes the last request left for the next page. */
	public Map<String, Object> lastFlash() {
		return this.lastFlash;
	}

	public Cookie sessionCookie() {
		return this.cookies.get(SESSION_COOKIE);
	}

	/**
	 * Forgets the session cookie, as a browser does when it is closed (or as when the
	 * session ends on the server); other cookies, remember-me's, stay.
	 */
	public void closeBrowser() {
		this.cookies.remove(SESSION_COOKIE);
	}

	public String address() {
		return this.address;
	}

	/**
	 * The token as the site's forms carry it: XOR-masked with fresh random bytes (BREACH
	 * protection).
	 */
	private static String masked(String token) {
		byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
		byte[] randomBytes = new byte[tokenBytes.length];
		random.nextBytes(randomBytes);
		byte[] combined = new byte[tokenBytes.length * 2];
		System.arraycopy(randomBytes, 0, combined, 0, randomBytes.length);
		for (int i = 0; i < tokenBytes.length; i++) {
			combined[tokenBytes.length + i] = (byte) (randomBytes[i] ^ tokenBytes[i]);
		}
		return Base64.getUrlEncoder().encodeToString(combined);
	}

}
