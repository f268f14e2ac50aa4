package io.mesorecords.command.http;

import io.mesorecords.platform.security.Actor;
import io.mesorecords.platform.security.EndpointRoles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands controllers the request's metadata: the authenticated actor, in the role {@code EndpointRoles} admitted them
 * in, with what {@link RequestMetadataFilter} resolved.
 */
class RequestMetadataArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestMetadata.class;
    }

    @Override
    public RequestMetadata resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return RequestMetadata.of(Actor.required(), EndpointRoles.actingRole(request), RequestEdge.of(request));
    }
}
