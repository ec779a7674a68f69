package org.commonground.map.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A Kumu import: a ZIP holding {@code elements.csv} and {@code connections.csv}, or the
 * two files; after the preview, their text comes back to be imported.
 */
public class ImportForm {

	private MultipartFile zipFile;

	private MultipartFile elementsFile;

	private MultipartFile connectionsFile;

	private String elementsCsv;

	private String connectionsCsv;

	public MultipartFile getZipFile() {
		return this.zipFile;
	}

	public void setZipFile(MultipartFile zipFile) {
		this.zipFile = zipFile;
	}

	public MultipartFile getElementsFile() {
		return this.elementsFile;
	}

	public void setElementsFile(MultipartFile elementsFile) {
		this.elementsFile = elementsFile;
	}

	public MultipartFile getConnectionsFile() {
		return this.connectionsFile;
	}

	public void setConnectionsFile(MultipartFile connectionsFile) {
		this.connectionsFile = connectionsFile;
	}

	public String getElementsCsv() {
		return this.elementsCsv;
	}

	public void setElementsCsv(String elementsCsv) {
		this.elementsCsv = elementsCsv;
	}

	public String getConnectionsCsv() {
		return this.connectionsCsv;
	}

	public void setConnectionsCsv(String connectionsCsv) {
		this.connectionsCsv = connectionsCsv;
	}

}
