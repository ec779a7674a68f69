/** The search page. */
package org.commonground.search.web;
