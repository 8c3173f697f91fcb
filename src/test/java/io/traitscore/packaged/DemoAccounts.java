package io.traitscore.packaged;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The demo data set's logins, as the README lists them: the packaged application starts with them. */
final class DemoAccounts {

    static final String PASSWORD = "traitscore-demo";
    static final String OPENING = "Customer Support Specialist";

    private DemoAccounts() {
    }

    /** An API call with HTTP basic as the given demo user (a JSON client, as REST Assured otherwise posts a form). */
    static RequestSpecification api(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }
}
