package app;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.Indicators;

/** What the module does with provplan: the GRDP per capita target of Long An for 2030, as text. */
public final class Targets {
    private Targets() {
    }

    public static String longAnPerCapita2030() {
        return PlanCatalog.bundled().targets().province("Long An").indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .first().orElseThrow().item().toString();
    }

    public static void main(String[] args) {
        System.out.println(longAnPerCapita2030());
    }
}
