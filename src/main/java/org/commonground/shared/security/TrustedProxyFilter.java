package org.commonground.shared.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the configured
 * reverse proxies ({@code app.security.trusted-proxies}, addresses or CIDR ranges). From
 * anyone else, and from everyone when none is configured, the headers are ignored: the
 * client address is the connection's, so rotating the header cannot escape the attempt
 * limits, and a plain HTTP request cannot pass for HTTPS. The client is the rightmost
 * address of the chain that is not itself a trusted proxy.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	/** Only address literals are matched, so that no header value causes a DNS lookup. */
	// An IPv4 address, or an IPv6 one (it has a colon); never a host name such as "cafe",
	// which the matcher would look up.
	private static final Pattern IP_LITERAL = Pattern
		.compile("(\\d{1,3}(\\.\\d{1,3}){3})|([0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,43})");

	private final List<IpAddressMatcher> proxies;

	TrustedProxyFilter(List<String> trustedProxies) {
		this.proxies = trustedProxies.stream()
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				hops.add(hop.strip());
			}
		}
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!IP_LITERAL.matcher(hop).matches()) {
				break;
			}
			client = hop;
			if (!trusted(hop)) {
				break;
			}
		}
		String proto = request.getHeader("X-Forwarded-Proto");
		if (proto != null && proto.contains(",")) {
			proto = proto.substring(proto.lastIndexOf(',') + 1);
		}
		proto = (proto != null) ? proto.strip().toLowerCase(Locale.ROOT) : null;
		String scheme = ("https".equals(proto) || "http".equals(proto)) ? proto : request.getScheme();
		chain.doFilter(new ForwardedRequest(request, client, scheme), response);
	}

	private boolean trusted(String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		for (IpAddressMatcher proxy : this.proxies) {
			if (proxy.matches(address)) {
				return true;
			}
		}
		return false;
	}

	/** The request as the client made it to the proxy. */
	private static final class ForwardedRequest extends HttpServletRequestWrapper {

		private final String client;

		private final String scheme;

		ForwardedRequest(HttpServletRequest request, String client, String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getScheme() {
			return this.scheme;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(this.scheme);
		}

		@Override
		public int getServerPort() {
			if (this.scheme.equals(super.getScheme())) {
				return super.getServerPort();
			}
			return isSecure() ? 443 : 80;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(this.scheme).append("://").append(getServerName());
			int port = getServerPort();
			if (!((isSecure() && port == 443) || (!isSecure() && port == 80))) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}

	}

}
