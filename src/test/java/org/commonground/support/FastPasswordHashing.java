package org.commonground.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The same password hashing as the application's ({@code {bcrypt}} hashes, checked by the
 * same login filter and services) at bcrypt's lowest cost: the suite creates and logs in
 * thousands of accounts, each hash costing about 100 ms at the production cost of 10 on
 * this machine and 2 ms at 4. {@code PasswordHashingTest} checks the application's own
 * encoder keeps the production cost.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder fastPasswordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
