package app;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Target;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A web application that answers with provplan's targets, written by the framework's own Jackson. */
@SpringBootApplication
@RestController
public class App {
    private final PlanCatalog catalog = PlanCatalog.bundled();

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }

    @GetMapping("/targets")
    public List<Target> targets(@RequestParam String province, @RequestParam int year) {
        return catalog.targets().province(province).year(year).list().stream().map(Hit::item).toList();
    }
}
