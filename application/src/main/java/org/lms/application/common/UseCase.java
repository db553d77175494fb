package org.lms.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service implementing a use case: one shared instance, and every call is one transaction
 * (a failure of any kind rolls the whole call back, so nothing is half-written).
 */
@Stereotype
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {
}
