package nl.plenum.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for this page's forms ({@code inject:form}). Pages that no REST resource served
 * (an unknown address) have none; the layout then leaves its forms out instead of failing.
 */
@Named("form")
@RequestScoped
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    private String token;
    private boolean looked;

    public boolean available() {
        return !token().isEmpty();
    }

    public String token() {
        if (!looked) {
            looked = true;
            try {
                token = csrf.getToken();
            } catch (IllegalStateException e) {
                token = null;
            }
        }
        return token == null ? "" : token;
    }

    public String parameterName() {
        return csrf.getParameterName();
    }
}
