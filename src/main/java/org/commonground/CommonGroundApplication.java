package org.commonground;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Common Ground: a server-rendered platform for multi-stakeholder dialogue in the
 * artisanal and small-scale mining sector.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class CommonGroundApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommonGroundApplication.class, args);
	}

}
