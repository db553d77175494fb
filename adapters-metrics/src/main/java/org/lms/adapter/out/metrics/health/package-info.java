/** MicroProfile Health checks served by WildFly at {@code :9990/health/ready|live|started}. */
package org.lms.adapter.out.metrics.health;
