/** An application that is a named module: provplan is read as the module io.github.provplan. */
module app {
    requires io.github.provplan;
}
