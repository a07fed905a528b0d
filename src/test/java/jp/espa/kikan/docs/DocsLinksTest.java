package jp.espa.kikan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the README and docs/ point to exists, so a renamed class, model, form or template shows here rather than to a
 * reader: every link stays inside the repository and resolves; every path named in backticks ({@code bpmn/…},
 * {@code src/…}, {@code platform/DatabaseOutage} …) exists; every name of the README's map of legal acts resolves to
 * its model, form, template, class and method, and each act to the record type it names.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
    /** The repository's top folders a named path starts with. */
    private static final Pattern REPOSITORY_PATH = Pattern.compile("(bpmn|forms|documents|docs|src|scripts|examples|\\.ci)/.*");
    /** A class named by its package, as {@code platform/DatabaseOutage}. */
    private static final Pattern PACKAGE_CLASS = Pattern.compile("(\\w+)/([A-Z]\\w*)");
    private static final String MAP_HEADING = "## Where each legal act lives";

    private final Map<String, Path> javaFiles = javaFiles();

    /** The README is for users and newcomers; the rest is in docs/ (issue 22). */
    @Test
    void theReadmeStaysShort() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(250);
    }

    @Test
    void everyLinkResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1).replaceAll("#.*", "");
                if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                    continue;
                }
                Path resolved = page.getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + ": " + link.group(1));
                }
            }
        }
        assertThat(broken).as("links outside the repository or to nothing").isEmpty();
    }

    @Test
    void everyPathNamedExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher code = CODE.matcher(Files.readString(page));
            while (code.find()) {
                String name = code.group(1).replaceAll("[.,:;]$", "");
                if (name.matches(".*[<>*{}…].*") || name.contains("...")) {
                    continue; // a pattern, not a path
                }
                Matcher packageClass = PACKAGE_CLASS.matcher(name);
                boolean exists = REPOSITORY_PATH.matcher(name).matches() ? Files.exists(ROOT.resolve(name))
                        : !packageClass.matches() || !isPackage(packageClass.group(1))
                        || javaFile(packageClass.group(1) + "/" + packageClass.group(2)) != null;
                if (!exists) {
                    missing.add(ROOT.relativize(page) + ": " + name);
                }
            }
        }
        assertThat(missing).as("paths named in README.md and docs/ that do not exist").isEmpty();
    }

    @Test
    void everyNameOfTheLegalActsMapResolves() throws IOException {
        List<String> rows = mapRows();
        assertThat(rows).as("rows of the README's map of legal acts").hasSizeGreaterThan(20);
        String actTypes = read(javaFile("registry/LegalActType"));
        List<String> unresolved = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            // | act | model | form | step | service | act: record | template | test |
            check(cells[2], name -> Files.exists(ROOT.resolve("bpmn/" + name + ".bpmn")), unresolved);
            check(cells[3], name -> Files.exists(ROOT.resolve("forms/" + name + ".form")), unresolved);
            check(cells[4], this::hasMethod, unresolved);
            check(cells[5], this::hasMethod, unresolved);
            Matcher act = Pattern.compile("`([A-Z_]+)`: `(\\w+)`").matcher(cells[6]);
            if (!act.find() || !Pattern.compile("\\b" + act.group(1) + "\\((\\w+\\.)*" + act.group(2) + "\\.class\\)").matcher(actTypes).find()) {
                unresolved.add("act and record: " + cells[6].strip());
            }
            check(cells[7], name -> Files.exists(ROOT.resolve("documents/" + name)), unresolved);
            check(cells[8], name -> javaFiles.containsKey(name), unresolved);
        }
        assertThat(unresolved).as("names of the README's map that moved or went").isEmpty();
    }

    private void check(String cell, java.util.function.Predicate<String> exists, List<String> unresolved) {
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            if (!exists.test(code.group(1))) {
                unresolved.add(code.group(1));
            }
        }
    }

    /** {@code ScreeningService.acceptPlan}: the class exists and declares or calls the method. */
    private boolean hasMethod(String name) {
        String[] parts = name.split("\\.");
        Path file = javaFiles.get(parts[0]);
        return file != null && (parts.length == 1 || Pattern.compile("\\b" + parts[1] + "\\(").matcher(read(file)).find());
    }

    private List<String> mapRows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int heading = lines.indexOf(MAP_HEADING);
        assertThat(heading).as("README section " + MAP_HEADING).isNotNegative();
        return lines.stream().skip(heading + 1).dropWhile(line -> !line.startsWith("|")).takeWhile(line -> line.startsWith("|"))
                .skip(2).toList();
    }

    private boolean isPackage(String name) {
        return Files.isDirectory(ROOT.resolve("src/main/java/jp/espa/kikan/" + name))
                || Files.isDirectory(ROOT.resolve("src/test/java/jp/espa/kikan/" + name));
    }

    private Path javaFile(String packageAndClass) {
        for (String root : List.of("src/main/java/jp/espa/kikan/", "src/test/java/jp/espa/kikan/")) {
            Path file = ROOT.resolve(root + packageAndClass + ".java");
            if (Files.exists(file)) {
                return file;
            }
        }
        return null;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")), docs.filter(f -> f.toString().endsWith(".md")).sorted())
                    .toList();
        }
    }

    private static Map<String, Path> javaFiles() {
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("src/main/java")), Files.walk(ROOT.resolve("src/test/java")))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString().replace(".java", ""), f -> f, (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
