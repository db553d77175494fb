/** Admin-only endpoints: user roles and the security event log. */
package org.lms.adapter.in.rest.admin;
