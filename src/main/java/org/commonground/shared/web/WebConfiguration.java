package org.commonground.shared.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * The only static files: CSS, images and webjars, each under its own prefix, with a
	 * content hash in their URLs so that browsers keep them for a year. Boot's default
	 * mapping of {@code /**} is off ({@code spring.web.resources.add-mappings=false}):
	 * with it, every link a page renders ({@code @{/dialogues/…}}) was looked up as a
	 * possible static file in four classpath folders inside the jar, uncached when
	 * missing, which took most of the time of rendering a page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		for (String folder : List.of("css", "images")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(aYear)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// The webjars resolver (versionless paths) joins the chain by itself.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(aYear)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

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

	/**
	 * Answers 503 with a short page while the database is away; before the sessions,
	 * which are read from the database.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ITemplateEngine templates) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
