package org.commonground.shared.web;

import java.time.ZoneId;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives templates {@code #times}: a {@link Times} in the zone of the page. The zone is a
 * {@code zone} variable when a controller set one, else the zone of the first
 * {@link Zoned} value among the page's variables (the dialogue the page is about), else
 * UTC.
 */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "times";

	TimesDialect() {
		super("Times");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new Times(zoneOf(context), context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	static ZoneId zoneOf(IExpressionContext context) {
		if (context.getVariable("zone") instanceof ZoneId zone) {
			return zone;
		}
		for (String name : context.getVariableNames()) {
			if (context.getVariable(name) instanceof Zoned zoned) {
				return zoned.zone();
			}
		}
		return TimeZones.DEFAULT;
	}

}
