/** The metric catalogue and the registry wrapper that enforces it. */
package org.lms.adapter.out.metrics.catalogue;
