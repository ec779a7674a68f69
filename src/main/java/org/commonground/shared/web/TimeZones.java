package org.commonground.shared.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * Time zones by country: the zone a dialogue gets when no one chose one. For a country
 * with several zones, its capital's; for one not listed, UTC.
 */
public final class TimeZones {

	public static final ZoneId DEFAULT = ZoneId.of("UTC");

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("TZ", "Africa/Dar_es_Salaam"),
			Map.entry("KE", "Africa/Nairobi"), Map.entry("UG", "Africa/Kampala"), Map.entry("RW", "Africa/Kigali"),
			Map.entry("BI", "Africa/Bujumbura"), Map.entry("CD", "Africa/Kinshasa"),
			Map.entry("ET", "Africa/Addis_Ababa"), Map.entry("SO", "Africa/Mogadishu"), Map.entry("SS", "Africa/Juba"),
			Map.entry("SD", "Africa/Khartoum"), Map.entry("MZ", "Africa/Maputo"), Map.entry("MW", "Africa/Blantyre"),
			Map.entry("ZM", "Africa/Lusaka"), Map.entry("ZW", "Africa/Harare"), Map.entry("ZA", "Africa/Johannesburg"),
			Map.entry("BW", "Africa/Gaborone"), Map.entry("NA", "Africa/Windhoek"), Map.entry("AO", "Africa/Luanda"),
			Map.entry("MG", "Indian/Antananarivo"), Map.entry("GH", "Africa/Accra"), Map.entry("NG", "Africa/Lagos"),
			Map.entry("CI", "Africa/Abidjan"), Map.entry("BF", "Africa/Ouagadougou"), Map.entry("ML", "Africa/Bamako"),
			Map.entry("SN", "Africa/Dakar"), Map.entry("GN", "Africa/Conakry"), Map.entry("SL", "Africa/Freetown"),
			Map.entry("LR", "Africa/Monrovia"), Map.entry("NE", "Africa/Niamey"), Map.entry("CM", "Africa/Douala"),
			Map.entry("CF", "Africa/Bangui"), Map.entry("TD", "Africa/Ndjamena"), Map.entry("GA", "Africa/Libreville"),
			Map.entry("CG", "Africa/Brazzaville"), Map.entry("EG", "Africa/Cairo"),
			Map.entry("MA", "Africa/Casablanca"), Map.entry("DZ", "Africa/Algiers"), Map.entry("PE", "America/Lima"),
			Map.entry("BO", "America/La_Paz"), Map.entry("CO", "America/Bogota"), Map.entry("EC", "America/Guayaquil"),
			Map.entry("VE", "America/Caracas"), Map.entry("GY", "America/Guyana"),
			Map.entry("SR", "America/Paramaribo"), Map.entry("BR", "America/Sao_Paulo"),
			Map.entry("CL", "America/Santiago"), Map.entry("AR", "America/Argentina/Buenos_Aires"),
			Map.entry("MX", "America/Mexico_City"), Map.entry("GT", "America/Guatemala"),
			Map.entry("HN", "America/Tegucigalpa"), Map.entry("NI", "America/Managua"),
			Map.entry("PA", "America/Panama"), Map.entry("US", "America/New_York"), Map.entry("CA", "America/Toronto"),
			Map.entry("GB", "Europe/London"), Map.entry("FR", "Europe/Paris"), Map.entry("ES", "Europe/Madrid"),
			Map.entry("PT", "Europe/Lisbon"), Map.entry("DE", "Europe/Berlin"), Map.entry("CH", "Europe/Zurich"),
			Map.entry("BE", "Europe/Brussels"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("IN", "Asia/Kolkata"),
			Map.entry("ID", "Asia/Jakarta"), Map.entry("PH", "Asia/Manila"), Map.entry("MN", "Asia/Ulaanbaatar"),
			Map.entry("PG", "Pacific/Port_Moresby"), Map.entry("AU", "Australia/Sydney"),
			Map.entry("CN", "Asia/Shanghai"));

	private TimeZones() {
	}

	/** The zone of a country's capital, or UTC for a blank or unlisted country. */
	public static ZoneId forCountry(String country) {
		String zone = (country != null) ? BY_COUNTRY.get(country) : null;
		return (zone != null) ? ZoneId.of(zone) : DEFAULT;
	}

	/**
	 * Whether the text names a time zone (a region like "Africa/Dar_es_Salaam" or "UTC").
	 */
	public static boolean isKnown(String zone) {
		return parse(zone) != null;
	}

	/** The zone the text names, or null when it names none. */
	public static ZoneId parse(String zone) {
		if (zone == null || zone.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
