package nl.plenum.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;

/**
 * Documents the API-Version header that {@link ApiVersionFilter} puts on every answer, on every success
 * and redirect response of the OpenAPI document (NL API Design Rules /core/version-header).
 */
public class ApiVersionHeaderDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") || status.startsWith("3")) {
                    response.addHeader("API-Version", header());
                }
            });
        }));
    }

    private static Header header() {
        return OASFactory.createHeader().description("The full version of the API that answered, e.g. " + ApiVersionFilter.VERSION)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }
}
