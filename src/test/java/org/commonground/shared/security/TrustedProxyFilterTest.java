package org.commonground.shared.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxyFilterTest {

	@Test
	void withoutTrustedProxiesForwardedHeadersAreIgnoredEvenFromLoopback() throws Exception {
		HttpServletRequest seen = filter(List.of(), "127.0.0.1", "203.0.113.7", "https");
		assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void fromATrustedProxyTheClientIsTheRightmostUntrustedAddress() throws Exception {
		HttpServletRequest seen = filter(List.of("10.0.0.0/8", "192.0.2.1"), "192.0.2.1",
				"198.51.100.66, 203.0.113.7, 10.1.2.3", "https");
		assertThat(seen.getRemoteAddr()).as("a spoofed leftmost entry is not believed").isEqualTo("203.0.113.7");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.getServerPort()).isEqualTo(443);
		assertThat(seen.getRequestURL().toString()).isEqualTo("https://localhost/login");
	}

	@Test
	void fromAnUntrustedAddressTheHeadersAreIgnored() throws Exception {
		HttpServletRequest seen = filter(List.of("192.0.2.1"), "198.51.100.5", "203.0.113.7", "https");
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.5");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void aHostNameInTheChainStopsTheWalkWithoutALookup() throws Exception {
		HttpServletRequest seen = filter(List.of("192.0.2.1"), "192.0.2.1", "evil.example, 203.0.113.7", null);
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
		HttpServletRequest only = filter(List.of("192.0.2.1"), "192.0.2.1", "evil.example", null);
		assertThat(only.getRemoteAddr()).isEqualTo("192.0.2.1");
		assertThat(only.isSecure()).isFalse();
		HttpServletRequest hex = filter(List.of("192.0.2.1"), "192.0.2.1", "cafe, dead.beef", null);
		assertThat(hex.getRemoteAddr()).as("host names made of hex letters are names too").isEqualTo("192.0.2.1");
		HttpServletRequest v6 = filter(List.of("192.0.2.1"), "192.0.2.1", "2001:db8::7", null);
		assertThat(v6.getRemoteAddr()).isEqualTo("2001:db8::7");
	}

	private static HttpServletRequest filter(List<String> proxies, String remote, String forwardedFor,
			String forwardedProto) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setRemoteAddr(remote);
		request.addHeader("X-Forwarded-For", forwardedFor);
		if (forwardedProto != null) {
			request.addHeader("X-Forwarded-Proto", forwardedProto);
		}
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		new TrustedProxyFilter(proxies).doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));
		return seen.get();
	}

}
