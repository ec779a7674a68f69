package org.commonground.resource;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, set from {@code app.files.max-size} (they
 * replace {@code spring.servlet.multipart.*}): generously above the application's own
 * limit, so that a file over it still arrives with the form's other fields and its CSRF
 * token and is refused with a message at the file field (not a 403 for a token that was
 * never read). A body beyond even these limits is answered with the 413 page.
 */
@Configuration(proxyBeanMethods = false)
class FileUploadConfiguration {

	/** Parts larger than this are written to a temporary file, not kept in memory. */
	private static final DataSize IN_MEMORY = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(FileProperties properties) {
		long limit = properties.requestLimit();
		return new MultipartConfigElement("", limit, limit, (int) IN_MEMORY.toBytes());
	}

}
