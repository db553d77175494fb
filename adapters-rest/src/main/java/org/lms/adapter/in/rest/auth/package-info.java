/** Authentication endpoints: registration, email verification, login, MFA step, refresh, logout, password reset. */
package org.lms.adapter.in.rest.auth;
