package org.commonground.shared.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A kind of request that proves itself another way than by the CSRF token (a signed token
 * in the request, as a one-click unsubscribe from a mail client carries), so that the
 * CSRF check lets it through. A module declares one as a bean; keep each as narrow as the
 * proof it checks.
 */
public interface CsrfExemption {

	boolean matches(HttpServletRequest request);

}
