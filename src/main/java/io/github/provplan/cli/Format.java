package io.github.provplan.cli;

/** How a command prints what it finds. */
enum Format { TABLE, JSON, CSV }
