package org.commonground.shared.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code any_of(x.id, :ids)}: true when the value is one of the array
 * parameter's, rendered as {@code x.id = any(?)}.
 *
 * <p>
 * An id list bound as one array parameter keeps the query's text the same whatever the
 * list's length, so Hibernate translates it once (it does not cache the translation of a
 * query with an {@code in} list). Hibernate's own {@code array_contains(:ids, x.id)}
 * renders as {@code ? @> array[x.id]} on PostgreSQL, which no index serves: over a
 * million comments each call read the whole table. {@code x.id = any(?)} is answered from
 * the column's index. Registered through {@code META-INF/services}.
 */
public class IdListFunction implements FunctionContributor {

	/** The function's name in HQL. */
	private static final String NAME = "any_of";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.patternDescriptorBuilder(NAME, "(?1 = any(?2))")
			.setExactArgumentCount(2)
			.setInvariantType(
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
			.register();
	}

}
