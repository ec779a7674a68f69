package org.commonground.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Table-driven access tests: each route with the status every role should get, in the
 * order of {@link #ROLES}; {@link #mismatches} runs them all and lists what differs.
 */
public final class AccessTable {

	public static final String[] ROLES = { "visitor", "non-member", "member", "other facilitator", "facilitator",
			"admin" };

	private AccessTable() {
	}

	/** One route; the request is built anew for every role. */
	public record Route(String name, Supplier<MockHttpServletRequestBuilder> request, int... expected) {
	}

	public static Route route(String name, Supplier<MockHttpServletRequestBuilder> request, int... expected) {
		return new Route(name, request, expected);
	}

	/**
	 * Performs every route as every role (clients keyed by the names in {@link #ROLES}).
	 * @return one line per status that differs from the expected one
	 */
	public static List<String> mismatches(Map<String, WebClient> clients, List<Route> routes) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			for (int i = 0; i < ROLES.length; i++) {
				int status = clients.get(ROLES[i]).perform(route.request().get()).getStatus();
				if (status != route.expected()[i]) {
					wrong.add(route.name() + " as " + ROLES[i] + ": " + status + " (expected " + route.expected()[i]
							+ ")");
				}
			}
		}
		return wrong;
	}

}
