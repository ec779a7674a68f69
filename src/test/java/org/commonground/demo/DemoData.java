package org.commonground.demo;

import org.commonground.account.AccountService;

import org.springframework.context.ApplicationContext;

/**
 * Loads the whole demo data from tests outside the demo package (whose loader is
 * package-private), the way {@code --app.demo=true} does; loading twice changes nothing.
 */
public final class DemoData {

	/** The Geita dialogue's slug. */
	public static final String GEITA = DemoDialogues.GEITA;

	/** The demo accounts' email domain. */
	public static final String DOMAIN = DemoDataLoader.DOMAIN;

	/** The demo accounts' password. */
	public static final String PASSWORD = DemoDataLoader.PASSWORD;

	private DemoData() {
	}

	public static void load(ApplicationContext context) {
		new DemoDataLoader(context.getBean(AccountService.class), context.getBean(DemoDialogues.class),
				context.getBean(DemoChallenges.class), context.getBean(DemoVision.class),
				context.getBean(DemoResources.class), context.getBean(DemoMeetings.class),
				context.getBean(DemoMap.class))
			.run(null);
	}

}
