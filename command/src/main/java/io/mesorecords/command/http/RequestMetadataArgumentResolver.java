package io.mesorecords.command.http;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the metadata {@link RequestMetadataFilter} resolved for the request. */
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
        Object metadata = webRequest.getAttribute(RequestMetadata.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (metadata == null) {
            throw new IllegalStateException("RequestMetadataFilter did not run for this request");
        }
        return (RequestMetadata) metadata;
    }
}
