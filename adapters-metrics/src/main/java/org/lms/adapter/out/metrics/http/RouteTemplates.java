package org.lms.adapter.out.metrics.http;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * The route of a request as its resource template ({@code /api/v1/courses/{id}}), never the raw
 * path, so labels stay bounded; {@value #UNMATCHED} when no resource method matched (404, 405, 413
 * before matching).
 */
public final class RouteTemplates {

    public static final String UNMATCHED = "UNMATCHED";

    private RouteTemplates() {
    }

    public static String of(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        String route = join(path(resource.getResourceClass().getAnnotation(Path.class)),
                path(method.getAnnotation(Path.class)));
        return route.isEmpty() ? "/" : route;
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String classPath, String methodPath) {
        StringBuilder route = new StringBuilder();
        for (String part : (classPath + "/" + methodPath).split("/")) {
            if (!part.isBlank()) {
                route.append('/').append(part.strip());
            }
        }
        return route.toString();
    }
}
