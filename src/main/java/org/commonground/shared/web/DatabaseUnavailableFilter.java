package org.commonground.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL is away (restarting, failing over, unreachable), answers a request
 * that needed it with a short page in the visitor's language and status 503 with
 * {@code Retry-After}, instead of a 500: nothing technical reaches the visitor, and a
 * load balancer or a person knows to try again. The first of the application's filters
 * (after the forwarded headers), because the session itself is read from the database:
 * the page reads nothing from it, not even the signed-in person's language (the cookie
 * and {@code Accept-Language} decide). The pool reconnects by itself when the database is
 * back (see {@code spring.datasource.hikari} in application.yml).
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final String RETRY_AFTER_SECONDS = "15";

	private static final String CLOSED_CONNECTION = "Connection is closed";

	private final ITemplateEngine templates;

	private final PreferenceLocaleResolver locales = new PreferenceLocaleResolver();

	public DatabaseUnavailableFilter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!isDatabaseAway(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(),
					logSafe(request.getRequestURI()), logSafe(rootMessage(ex)));
			respond(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Context context = new Context(locale);
		context.setVariable("home", request.getContextPath() + "/");
		String page = this.templates.process("error/503", context);
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(page);
	}

	/**
	 * Whether the failure, or one of its causes, says that no connection to the database
	 * could be had or the one in use broke (SQL states of class 08, and 57P01-57P03: the
	 * server is shutting down or starting).
	 */
	static boolean isDatabaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// HikariCP's stand-in for a connection it closed because it broke (a database
			// restart under a running transaction): its rollback fails with this message
			// and no SQL state, and replaces the request's own failure (seen in the
			// cluster drill).
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/** Text from the request or the driver, without line breaks, for one log line. */
	private static String logSafe(String text) {
		return (text != null) ? text.replaceAll("[\\r\\n\\t]", "_") : "";
	}

}
