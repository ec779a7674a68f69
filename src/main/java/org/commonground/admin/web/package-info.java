/** The admin console's dashboard and dialogue list. */
package org.commonground.admin.web;
