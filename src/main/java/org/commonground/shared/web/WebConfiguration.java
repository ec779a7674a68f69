package org.commonground.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new PreferenceLocaleResolver();
	}

	/**
	 * Refuses parameters that are not valid text before anything reads them; right after
	 * the trusted-proxy filter, so that its one log line names the real client.
	 */
	@Bean
	FilterRegistrationBean<RequestParameterFilter> requestParameterFilter() {
		FilterRegistrationBean<RequestParameterFilter> registration = new FilterRegistrationBean<>(
				new RequestParameterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
