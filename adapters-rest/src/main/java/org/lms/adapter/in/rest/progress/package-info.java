/** Students' progress through courses over HTTP. */
package org.lms.adapter.in.rest.progress;
