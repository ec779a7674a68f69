package org.commonground.api;

import java.time.Duration;

import org.commonground.shared.security.AppSecurityProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open read API.
 *
 * @param maxAge how long clients and caches may keep a public answer
 * @param ratePerClient requests one client (token, else address) may make per period
 */
@ConfigurationProperties("app.api")
public record ApiProperties(@DefaultValue("60s") Duration maxAge, AppSecurityProperties.Limit ratePerClient) {

	public ApiProperties {
		ratePerClient = (ratePerClient != null) ? ratePerClient
				: new AppSecurityProperties.Limit(300, Duration.ofMinutes(5));
	}

}
