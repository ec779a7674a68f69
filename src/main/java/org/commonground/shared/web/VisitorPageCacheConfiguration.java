package org.commonground.shared.web;

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

	@Bean
	VisitorPageCache visitorPageCache(JdbcTemplate jdbc, LocaleResolver locales,
			VisitorPageCacheProperties properties) {
		return new VisitorPageCache(jdbc, locales, properties);
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
