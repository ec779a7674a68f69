package org.commonground.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@code @Scheduled} methods. Every instance runs them, so each must claim its work
 * in the database (rows locked with {@code FOR UPDATE SKIP LOCKED}, or a kept library
 * such as ShedLock) so that the work runs once across instances.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
