package org.commonground.shared.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The visitors' page cache, apart from {@link WebConfiguration} because it reads the
 * database: web slice tests ({@code @WebMvcTest}) take the MVC configuration without it.
 */
@Configuration(proxyBeanMethods = false)
class VisitorPageCacheConfiguration {

	/**
	 * The cache, with the number of requests it answered as the metric
	 * {@code app.visitor.pages.served} (where an operator exposes metrics).
	 */
	@Bean
	VisitorPageCache visitorPageCache(JdbcTemplate jdbc, LocaleResolver locales, VisitorPageCacheProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		VisitorPageCache cache = new VisitorPageCache(jdbc, locales, properties);
		meters.ifAvailable(
				(registry) -> FunctionCounter.builder("app.visitor.pages.served", cache, VisitorPageCache::served)
					.description("Requests of visitors answered with a page kept from an earlier visitor")
					.register(registry));
		return cache;
	}

	/**
	 * Serves visitors pages kept from earlier visitors while nothing they show changed;
	 * right after Spring Security's filters, which say who is signed in.
	 */
	@Bean
	FilterRegistrationBean<VisitorPageCache> visitorPageCacheRegistration(VisitorPageCache cache) {
		FilterRegistrationBean<VisitorPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
