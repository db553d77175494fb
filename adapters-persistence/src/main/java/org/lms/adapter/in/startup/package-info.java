/** Work the application does for itself when it starts: the first admin of a fresh installation. */
package org.lms.adapter.in.startup;
