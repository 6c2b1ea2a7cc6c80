/**
 * provplan: typed, immutable models of Vietnamese provincial development plans, read from and written to JSON.
 *
 * <p>The model ({@code io.github.provplan.plan}, {@code io.github.provplan.indicator}) is opened to reflection
 * without naming a module, so that an application's own Jackson mapper, of major version 2 or 3, can serialize it.
 */
module io.github.provplan {
    requires transitive com.fasterxml.jackson.annotation;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires static info.picocli;

    exports io.github.provplan.plan;
    exports io.github.provplan.indicator;
    exports io.github.provplan.format;
    exports io.github.provplan.catalog;
    exports io.github.provplan.province;
    exports io.github.provplan.evaluation;

    opens io.github.provplan.plan;
    opens io.github.provplan.indicator;
    opens io.github.provplan.province;
    opens io.github.provplan.cli to info.picocli;
}
