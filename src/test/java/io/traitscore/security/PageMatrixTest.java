package io.traitscore.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.web.WebSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the web interface against the permission matrix, like {@link PermissionMatrixTest} does
 * for the API: each role opens each page on objects in its own scope (a hiring manager's own opening, an
 * interviewer's own interview), so only the role can refuse. A granted page answers 200 and every link
 * on it leads to a page that answers 200 too; a refused one answers with the HTML error page. Without a
 * login every page redirects to the login form. The navigation bar shows exactly the pages the role can
 * open.
 */
@QuarkusTest
class PageMatrixTest {

    static final String TRAIT = "adapts-easily";

    /** Where the navigation may lead: every page that is not about one object. */
    static final List<String> TOP_LEVEL_PAGES = List.of("/", "/openings", "/question-bank", "/exports", "/users", "/audit",
            "/outbox", "/mail/preferences");

    /**
     * A page and the permission of the matrix that governs it (null: every user).
     *
     * @param ownScorecardFirst the page shows others' feedback: whoever interviews the candidate submits first
     * @param refusals          how a role without the permission is answered: 403, or 404 where there is
     *                          nothing the role could see (another person's scorecard before it is submitted)
     */
    record Page(String name, String route, Permission permission, Function<PermissionWorld, String> path,
            boolean ownScorecardFirst, Set<Integer> refusals) {

        Page(String name, String route, Permission permission, Function<PermissionWorld, String> path) {
            this(name, route, permission, path, false, Set.of(403));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("dashboard", "/", null, w -> "/"),
            new Page("own settings (time zone)", "/settings", null, w -> "/settings"),
            new Page("openings", "/openings", Permission.VIEW_OPENINGS, w -> "/openings"),
            new Page("new opening", "/openings/new", Permission.MANAGE_OPENINGS, w -> "/openings/new"),
            new Page("an opening", "/openings/{id}", Permission.VIEW_OPENINGS, w -> "/openings/" + w.opening()),
            new Page("edit an opening", "/openings/{id}/edit", Permission.MANAGE_OPENINGS, w -> "/openings/" + w.opening() + "/edit"),
            new Page("comparison", "/openings/{id}/compare", Permission.COMPARE, w -> "/openings/" + w.opening() + "/compare"),
            new Page("rater statistics", "/openings/{id}/rater-statistics", Permission.RATER_STATISTICS,
                    w -> "/openings/" + w.opening() + "/rater-statistics"),
            new Page("a candidate's profile", "/candidates/{id}", Permission.READ_PROFILE, w -> "/candidates/" + w.candidate(), true, Set.of(403)),
            new Page("a candidate's stage and decision", "/candidates/{id}/pipeline", Permission.VIEW_OPENINGS,
                    w -> "/candidates/" + w.candidate() + "/pipeline"),
            new Page("a candidate's documents", "/candidates/{id}/documents", Permission.READ_DOCUMENTS,
                    w -> "/candidates/" + w.candidate() + "/documents"),
            new Page("a candidate's debrief", "/candidates/{id}/debrief", Permission.DEBRIEF, w -> {
                w.openDebrief();
                return "/candidates/" + w.candidate() + "/debrief";
            }, true, Set.of(403)),
            new Page("a candidate's decision form", "/candidates/{id}/decision", Permission.DECIDE,
                    w -> "/candidates/" + w.candidate() + "/decision", true, Set.of(403)),
            new Page("an interview kit", "/interviews/{id}/kit", Permission.READ_QUESTION_BANK, w -> "/interviews/" + w.actorsInterview() + "/kit"),
            // Roles that do not interview have no interview of their own: they open one of the panel's,
            // whose scorecard is not submitted, so there is nothing to fill and nothing to read.
            new Page("own scorecard to fill in", "/interviews/{id}/scorecard", Permission.FILL_SCORECARD,
                    w -> "/interviews/" + w.actorsInterview() + "/scorecard", false, Set.of(403, 404)),
            new Page("a colleague's submitted scorecard", "/interviews/{id}/scorecard", Permission.READ_SCORECARDS,
                    w -> "/interviews/" + w.colleaguesInterview() + "/scorecard", true, Set.of(403)),
            new Page("interview mode of own interview", "/interviews/{id}/interview", Permission.FILL_SCORECARD,
                    w -> "/interviews/" + w.actorsInterview() + "/interview"),
            new Page("a candidate's submitted scorecards", "/candidates/{id}/scorecards", Permission.READ_SCORECARDS,
                    w -> "/candidates/" + w.candidate() + "/scorecards", true, Set.of(403)),
            new Page("question bank", "/question-bank", Permission.READ_QUESTION_BANK, w -> "/question-bank"),
            new Page("exports", "/exports", Permission.EXPORT, w -> "/exports"),
            new Page("user accounts", "/users", Permission.MANAGE_USERS, w -> "/users"),
            new Page("new user", "/users/new", Permission.MANAGE_USERS, w -> "/users/new"),
            new Page("a user account", "/users/{id}", Permission.MANAGE_USERS, w -> "/users/" + w.owner().id),
            new Page("schedule a candidate's panel", "/candidates/{id}/schedule", Permission.MANAGE_CANDIDATES,
                    w -> "/candidates/" + w.candidate() + "/schedule"),
            new Page("reschedule or cancel an interview", "/interviews/{id}/change", Permission.MANAGE_CANDIDATES,
                    w -> "/interviews/" + w.actorsInterview() + "/change"),
            new Page("import candidates", "/openings/{id}/import", Permission.IMPORT_CANDIDATES,
                    w -> "/openings/" + w.opening() + "/import"),
            new Page("audit trail", "/audit", Permission.READ_AUDIT, w -> "/audit?actor=" + w.owner().username),
            new Page("outbox", "/outbox", Permission.OPERATE, w -> "/outbox"),
            new Page("mail settings", "/mail/preferences", null, w -> "/mail/preferences"));

    static Stream<Arguments> cells() {
        return PAGES.stream().flatMap(page -> Arrays.stream(Role.values()).map(role -> Arguments.of(page, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRoleOpensExactlyThePagesTheMatrixGrants(Page page, Role role) {
        PermissionWorld world = PermissionWorld.build(Fixtures.user(role), TRAIT);
        if (page.ownScorecardFirst()) {
            world.submitOwnScorecardIfInterviewing();
        }
        WebSession session = WebSession.loginAs(world.actor());
        String path = page.path().apply(world);

        Response response = session.get(path);

        assertThat(response.contentType()).as(path).startsWith("text/html");
        if (page.permission() == null || page.permission().isGrantedTo(role)) {
            assertThat(response.statusCode()).as(path + " as " + role).isEqualTo(200);
            assertEveryLinkLeadsSomewhere(session, path, Jsoup.parse(response.body().asString()), role, world);
        } else {
            assertThat(response.statusCode()).as(path + " as " + role).isIn(page.refusals());
            assertThat(Jsoup.parse(response.body().asString()).select("form[method=post][action$=/scorecard]"))
                    .as("no form to fill").isEmpty();
        }
    }

    /**
     * Pages offer only links their reader may follow: each one answers 200. Only links to the pages of the
     * matrix and to this world's objects are followed; other tests' openings share the database.
     */
    private static void assertEveryLinkLeadsSomewhere(WebSession session, String path, Document page, Role role,
            PermissionWorld world) {
        List<String> ours = List.of("/openings/" + world.opening(), "/candidates/" + world.candidate(),
                "/interviews/" + world.actorsInterview(), "/interviews/" + world.colleaguesInterview());
        Set<String> links = new LinkedHashSet<>();
        page.select("a[href^=/]").eachAttr("href").stream()
                .map(href -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href)
                .filter(href -> TOP_LEVEL_PAGES.contains(href) || ours.stream().anyMatch(
                        object -> href.equals(object) || href.startsWith(object + "/") || href.startsWith(object + "?")))
                .forEach(links::add);
        for (String link : links) {
            assertThat(session.get(link).statusCode()).as("link " + link + " on " + path + " as " + role).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void withoutALoginEveryPageLeadsToTheLoginForm(Page page) {
        PermissionWorld world = PermissionWorld.build(Fixtures.user(Role.HIRING_MANAGER), TRAIT);

        Response response = WebSession.anonymous().get(page.path().apply(world));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/login");
    }

    static Stream<Page> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theNavigationShowsExactlyThePagesTheRoleCanOpen(Role role) {
        WebSession session = WebSession.loginAs(Fixtures.user(role));

        List<String> shown = session.page("/").select("nav.main-nav a").eachAttr("href");

        assertThat(TOP_LEVEL_PAGES).containsAll(shown);
        for (String page : TOP_LEVEL_PAGES) {
            boolean opens = session.get(page).statusCode() == 200;
            assertThat(shown.contains(page)).as(page + " in the navigation of " + role).isEqualTo(opens);
        }
    }

    /** The pages anyone may open, logged in or not. */
    static final Set<String> PUBLIC_PAGES = Set.of("/login", "/password/{token}", "/mail/unsubscribe/{token}");

    /** A new page cannot be added without a row here: every GET route outside /api is listed above. */
    @Test
    void everyPageOfTheApplicationIsInThisMatrix() throws IOException {
        Set<String> routes = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("io/traitscore"))) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", ""))
                    .map(PageMatrixTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .forEach(type -> Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(jakarta.ws.rs.GET.class))
                            .map(m -> route(type.getAnnotation(jakarta.ws.rs.Path.class).value(),
                                    m.isAnnotationPresent(jakarta.ws.rs.Path.class)
                                            ? m.getAnnotation(jakarta.ws.rs.Path.class).value() : ""))
                            .filter(route -> !route.startsWith("/api"))
                            .forEach(routes::add));
        }
        Set<String> listed = new TreeSet<>(PUBLIC_PAGES);
        PAGES.forEach(page -> listed.add(page.route()));

        assertThat(routes).containsExactlyElementsOf(listed);
    }

    /** "/openings" + "/{id: \\d+}/edit" reads "/openings/{id}/edit". */
    private static String route(String type, String method) {
        String route = (type + "/" + method).replaceAll("\\{(\\w+)[^}]*}", "{$1}").replaceAll("/+", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PageMatrixTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
