package org.commonground.shared.audit;

/**
 * The signed-in person as a module that may not know accounts sees them: the id an
 * {@link AuditEvent} records as its actor.
 */
public interface Actor {

	long getId();

}
