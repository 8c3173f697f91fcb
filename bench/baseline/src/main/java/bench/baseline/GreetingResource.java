package bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Answers once the application is up and the database can be asked. */
@Path("/hello")
public class GreetingResource {

    @GET
    public long hello() {
        return Greeting.count();
    }
}
