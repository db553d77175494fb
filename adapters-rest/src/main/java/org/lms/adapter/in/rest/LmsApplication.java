package org.lms.adapter.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources and providers of the deployment, found by scanning. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "LMS API", version = "1",
        description = "Courses, enrollment, progress and certificates of the learning platform."))
public class LmsApplication extends Application {
}
