package io.github.provplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every "$ java -jar target/provplan-cli.jar ..." example in README.md and docs/cli.md prints what the page shows
 * after it: the page cannot drift from the tool.
 */
class CliDocsTest {
    private static final String PROMPT = "$ java -jar target/provplan-cli.jar ";

    static Stream<Arguments> examples() throws IOException {
        var examples = new ArrayList<Arguments>();
        for (String page : List.of("README.md", "docs/cli.md")) {
            String command = null;
            var output = new StringBuilder();
            boolean inBlock = false;
            for (String line : Files.readAllLines(Path.of(page), StandardCharsets.UTF_8)) {
                if (line.equals("```console")) {
                    inBlock = true;
                } else if (inBlock && (line.startsWith("$ ") || line.equals("```"))) {
                    if (command != null) {
                        examples.add(Arguments.of(page, command, output.toString()));
                    }
                    command = line.startsWith(PROMPT) ? line.substring(PROMPT.length()) : null;
                    output.setLength(0);
                    inBlock = !line.equals("```");
                } else if (inBlock && command != null) {
                    output.append(line).append('\n');
                }
            }
        }
        return examples.stream();
    }

    /** Splits a command line as a shell would for these examples: on spaces, keeping "quoted words" together. */
    static String[] words(String command) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void examplePrintsWhatThePageShows(String page, String command, String shown) {
        var out = new StringWriter();
        Main.run(words(command), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(shown, out.toString().replace("\r\n", "\n"), page + ": " + command);
    }

    @org.junit.jupiter.api.Test
    void thePagesHaveExamples() throws IOException {
        assertTrue(examples().filter(a -> a.get()[0].equals("README.md")).count() >= 3);
        assertTrue(examples().filter(a -> a.get()[0].equals("docs/cli.md")).count() >= 10);
        assertTrue(Files.readString(Path.of("README.md")).contains(
                "mvn -q -B -DskipTests package && java -jar target/provplan-cli.jar summary"));
    }
}
