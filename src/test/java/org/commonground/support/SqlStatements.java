package org.commonground.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.commonground.shared.web.VisitorPageCache;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of work sends to the database, at the JDBC level:
 * Hibernate's, {@code JdbcClient}'s and anything else's alike (P1 of QUALITY.md). The
 * application's {@link DataSource} is wrapped once for the whole test context; only
 * statements prepared or executed on the thread that asks are counted, so scheduled jobs
 * running meanwhile do not disturb a count.
 *
 * <p>
 * Statements against Spring Session's tables (reading and touching the signed-in person's
 * session, once per request whatever the page) are kept apart: {@link #page} counts what
 * the page itself asks for, {@link Count#session()} the session store's.
 */
public final class SqlStatements {

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	/**
	 * The visitors' page cache of the test context: emptied before {@link #of} counts a
	 * page, so that a visitor's page is counted as rendered (one kept costs one
	 * statement, VisitorPageCacheIT).
	 */
	private static volatile VisitorPageCache visitorPages;

	/** {@code ? @> array[x.id]}: Hibernate's array_contains on PostgreSQL. */
	private static final Pattern CONTAINMENT = Pattern.compile("@>\\s*array\\[", Pattern.CASE_INSENSITIVE);

	private SqlStatements() {
	}

	/** The statements {@code work} sent from this thread, with what it returned. */
	public static <T> Count<T> page(Supplier<T> work) {
		List<String> recorded = new ArrayList<>();
		List<String> previous = RECORDED.get();
		RECORDED.set(recorded);
		try {
			T result = work.get();
			List<String> session = recorded.stream().filter(SqlStatements::isSessionStore).toList();
			List<String> page = recorded.stream().filter((sql) -> !isSessionStore(sql)).toList();
			return new Count<>(result, page, session.size());
		}
		finally {
			RECORDED.set(previous);
		}
	}

	/**
	 * The page's own SQL statements (JDBC level, session store apart) for one GET of the
	 * page rendered.
	 */
	public static int of(WebClient client, String path) throws Exception {
		if (visitorPages != null) {
			visitorPages.clear();
		}
		Count<Integer> count = page(() -> {
			try {
				return client.perform(get(path)).getStatus();
			}
			catch (Exception ex) {
				throw new IllegalStateException(path, ex);
			}
		});
		if (count.result() != 200) {
			throw new AssertionError(path + " answered " + count.result());
		}
		if (count.page() > 8) {
			System.out.printf("P1 over 8: %s -> %d%n%s%n", path, count.page(), count.listing());
		}
		List<String> unindexed = count.statements().stream().filter((sql) -> CONTAINMENT.matcher(sql).find()).toList();
		if (!unindexed.isEmpty()) {
			throw new AssertionError(path + " tests an id for membership of an array with @> array[…], which no index"
					+ " serves (a whole-table read over a million comments); use any_of(x.id, :ids): " + unindexed);
		}
		return count.page();
	}

	private static boolean isSessionStore(String sql) {
		return sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
	}

	private static void record(String sql) {
		List<String> recorded = RECORDED.get();
		if (recorded != null) {
			recorded.add(sql);
		}
	}

	/**
	 * What a piece of work sent: its result, the page's own statements and the number of
	 * session-store statements.
	 */
	public record Count<T>(T result, List<String> statements, int session) {

		public int page() {
			return this.statements.size();
		}

		/** The statements, one per line, for an assertion's description. */
		public String listing() {
			return this.statements.stream()
				.map((sql) -> sql.replaceAll("\\s+", " ").strip())
				.map((sql) -> "  " + ((sql.length() > 160) ? sql.substring(0, 160) + "…" : sql))
				.collect(Collectors.joining("\n"));
		}

	}

	/** Wraps the application's data source; imported by {@link IntegrationTest}. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Wrapping {

		@Bean
		static BeanPostProcessor sqlStatementCounting() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof VisitorPageCache cache) {
						visitorPages = cache;
					}
					if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
						return proxy(DataSource.class, dataSource, (target, method, args) -> {
							Object result = invoke(target, method, args);
							return (result instanceof Connection connection)
									? proxy(Connection.class, connection, SqlStatements::connection) : result;
						});
					}
					return bean;
				}
			};
		}

	}

	private static Object connection(Connection target, Method method, Object[] args) throws Throwable {
		String name = method.getName();
		if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
				&& args[0] instanceof String sql) {
			record(sql);
		}
		Object result = invoke(target, method, args);
		if (name.equals("createStatement") && result instanceof Statement statement) {
			return proxy(Statement.class, statement, (s, m, a) -> {
				if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
					record(sql);
				}
				return invoke(s, m, a);
			});
		}
		return result;
	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return true;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
