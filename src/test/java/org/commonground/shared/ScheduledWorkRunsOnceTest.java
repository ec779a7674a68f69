package org.commonground.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every instance runs the scheduler, so every scheduled method must also take ShedLock's
 * lock: then it runs on one instance at a time, however many run.
 */
class ScheduledWorkRunsOnceTest {

	@Test
	void everyScheduledMethodTakesALock() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.commonground");
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.andShould()
			.bePublic()
			.because("a scheduled round must run on one instance at a time (ShedLock's proxy sees public methods)")
			.check(application);
	}

}
