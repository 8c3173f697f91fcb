package io.traitscore.ops;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.traitscore.security.Permission;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Guards the operations endpoints that are not JAX-RS resources (the Prometheus metrics) with the
 * permission matrix's OPERATE, so who may read them is decided where every other permission is. Named
 * "operate" for quarkus.http.auth.permission.*.policy; an anonymous caller gets 401 with a Basic challenge.
 */
@ApplicationScoped
public class OperatePolicy implements HttpSecurityPolicy {

    private static final StringPermission OPERATE = new StringPermission(Permission.Names.OPERATE);

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        return identity.onItem().transformToUni(who -> {
            if (who.isAnonymous()) {
                // Basic authentication is silent beside form login: name the scheme a scraper must use.
                request.response().putHeader("WWW-Authenticate", "Basic realm=\"traitscore\"");
                return CheckResult.deny();
            }
            return who.checkPermission(OPERATE).map(allowed -> allowed ? CheckResult.PERMIT : CheckResult.DENY);
        });
    }

    @Override
    public String name() {
        return "operate";
    }
}
