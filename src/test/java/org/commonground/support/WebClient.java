package org.commonground.support;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives MockMvc like one browser: keeps the session cookie (Spring Session, in
 * PostgreSQL) between requests and comes from one client address.
 */
public class WebClient {

	public static final String SESSION_COOKIE = "CGSESSION";

	private final MockMvc mvc;

	private final String address;

	private Cookie session;

	private java.util.Map<String, Object> lastFlash = java.util.Map.of();

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
	 * Performs the request with this client's cookie and address; keeps a new session
	 * cookie.
	 */
	public MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		request.with(from(this.address));
		if (this.session != null) {
			request.cookie(this.session);
		}
		org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(request).andReturn();
		this.lastFlash = result.getFlashMap();
		MockHttpServletResponse response = result.getResponse();
		Cookie fresh = response.getCookie(SESSION_COOKIE);
		if (fresh != null) {
			this.session = (fresh.getMaxAge() == 0) ? null : fresh;
		}
		return response;
	}

	/** Logs in with the login form; returns the response (a redirect). */
	public MockHttpServletResponse logIn(String email, String password) throws Exception {
		return perform(post("/login").param("username", email).param("password", password).with(csrf()));
	}

	/** The flash attributes the last request left for the next page. */
	public java.util.Map<String, Object> lastFlash() {
		return this.lastFlash;
	}

	public Cookie sessionCookie() {
		return this.session;
	}

	public String address() {
		return this.address;
	}

}
