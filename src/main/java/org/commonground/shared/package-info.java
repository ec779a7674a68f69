/**
 * Cross-cutting infrastructure every module may use: the embedded database
 * ({@code persistence}), the security filter chain, rate limits and session control
 * ({@code security}), and web plumbing such as locale resolution, error pages and the
 * layout model ({@code web}). It owns no domain data and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.commonground.shared;
