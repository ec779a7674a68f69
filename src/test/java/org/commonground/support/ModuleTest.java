package org.commonground.support;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commonground.CommonGroundApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the per-module tests ({@code @ApplicationModuleTest(mode = ALL_DEPENDENCIES)}):
 * each boots one module with only the modules it may use, on the run's one
 * {@link TestDatabase}, and checks that no bean of any other module came along.
 */
public abstract class ModuleTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(CommonGroundApplication.class);

	@Autowired
	protected ApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "2");
		registry.add("app.files.directory", () -> "target/test-files");
	}

	/** The modules whose beans this context holds. */
	protected Set<String> bootedModules() {
		return Arrays.stream(this.context.getBeanDefinitionNames())
			.map(this.context::getType)
			.filter((type) -> type != null && type.getName().startsWith("org.commonground."))
			.map((type) -> type.getName().substring("org.commonground.".length()))
			.filter((name) -> name.contains("."))
			.map((name) -> name.substring(0, name.indexOf('.')))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Asserts that the context holds beans of {@code module} and of the modules it may
	 * use (directly or through them), and of no other.
	 */
	protected void assertBootsOnlyWhatItMayUse(String module) {
		ApplicationModule self = MODULES.getModuleByName(module).orElseThrow();
		Set<String> allowed = Stream
			.concat(Stream.of(module, "shared"),
					self.getBootstrapDependencies(MODULES, DependencyDepth.ALL).map(ApplicationModule::getName))
			.collect(Collectors.toSet());
		assertThat(bootedModules()).as("modules booted for " + module).contains(module).isSubsetOf(allowed);
	}

}
