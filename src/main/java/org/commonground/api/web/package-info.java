/**
 * The API's JSON routes, its security filter chain, its page for humans and the admin's
 * token page.
 */
package org.commonground.api.web;
