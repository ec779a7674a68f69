/**
 * The event every module publishes for a moderation or administrative action; the
 * {@code moderation} module records it in the audit log within the same transaction.
 */
package org.commonground.shared.audit;
