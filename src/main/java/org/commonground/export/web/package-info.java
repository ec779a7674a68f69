/**
 * Download routes of the summary exports; the service checks, limits and audits each one
 * before the first byte.
 */
package org.commonground.export.web;
