package nl.plenum.web;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Browser tests of the secretariat's pages: each test starts logged in as the secretariat on a desktop screen. */
abstract class SecretariatBrowserBase {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    Browser browser;

    @BeforeEach
    void login() {
        Browser.assumeInstalled();
        browser = Browser.desktop(base);
        browser.login("secretariaat");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }
}
