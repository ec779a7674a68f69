package org.commonground.shared.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long {@link ReferenceData} (themes) is kept in memory before it is read again: the
 * longest time an admin's edit on one instance takes to show on another.
 *
 * @param maxAge {@code app.reference-data.max-age}, one minute by default
 */
@ConfigurationProperties("app.reference-data")
public record ReferenceDataProperties(@DefaultValue("1m") Duration maxAge) {
}
