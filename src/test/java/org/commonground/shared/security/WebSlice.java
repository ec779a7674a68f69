package org.commonground.shared.security;

import java.time.Clock;
import javax.sql.DataSource;

import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a {@code @WebMvcTest} slice imports to run a controller behind the application's
 * own security filter chain (CSRF, login rules, headers, attempt limits): the chain and
 * its collaborators, with stand-ins for the accounts' user details and the database,
 * which a slice does not have. Controllers' services are {@code @MockitoBean}s in each
 * test.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, RateLimiter.class })
@EnableConfigurationProperties(AppSecurityProperties.class)
public class WebSlice {

	@Bean
	UserDetailsService userDetailsService() {
		return Mockito.mock(UserDetailsService.class);
	}

	@Bean
	InMemoryBuckets rateLimitBuckets() {
		return new InMemoryBuckets();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DataSource dataSource() {
		return Mockito.mock(DataSource.class);
	}

	/** The layout's unread count in the header (no notifications in a slice). */
	@Bean("notificationBadge")
	org.commonground.notification.NotificationBadge notificationBadge() {
		return Mockito.mock(org.commonground.notification.NotificationBadge.class);
	}

}
