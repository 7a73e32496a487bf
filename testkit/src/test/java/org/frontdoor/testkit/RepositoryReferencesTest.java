package org.frontdoor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Whoever clones the repository has everything its text refers to: no file points at documents kept beside the
 * repository (the design notes and council references the project was written from), and every relative link in
 * a markdown file reaches a file that exists. The architecture, the domain, the code lists and the indicators' rules
 * live in {@code docs/}.
 */
class RepositoryReferencesTest {

    /** Directories that hold no source: build output, version control, installed packages, local run data. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "node_modules", ".idea", ".vscode");

    /** The kinds of file a person reads: source, build and configuration files, documentation. */
    private static final Set<String> TEXT_EXTENSIONS =
            Set.of("java", "md", "yml", "yaml", "xml", "properties", "html", "json", "txt", "sh", "sql");

    /**
     * References to documents outside the repository. The names are assembled so that this file does not match
     * itself.
     */
    private static final List<Pattern> OUTSIDE_REFERENCES = List.of(
            Pattern.compile(Pattern.quote("DESIGN" + ".md")),
            Pattern.compile(Pattern.quote("STYLE" + ".md")),
            Pattern.compile(Pattern.quote(".." + "/shared")),
            Pattern.compile("shared" + "/(reference|seeds)"),
            Pattern.compile("reference" + "/(indicators|codes)\\.md"));

    /**
     * Outside {@code docs/} the indicators' rules and the code lists are named by their place in the repository
     * ({@code docs/indicators.md}), never by a bare file name that a reader would have to guess the place of.
     */
    private static final Pattern BARE_DOCS_NAME = Pattern.compile("(?<![\\w/.-])(indicators|codes)\\.md");

    /** A markdown link or image: {@code [text](target)} or {@code [text](target "title")}. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    /** A link with a scheme ({@code https:}, {@code mailto:}) is not a file of the repository. */
    private static final Pattern WITH_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private static final Path ROOT = repositoryRoot();

    @Test
    void noFileRefersToDocumentsOutsideTheRepository() {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            boolean inDocs = ROOT.relativize(file).startsWith("docs");
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean outside = OUTSIDE_REFERENCES.stream().anyMatch(pattern -> pattern.matcher(line).find());
                boolean bareName = !inDocs && BARE_DOCS_NAME.matcher(line).find();
                if (outside || bareName) {
                    found.add(where(file, i) + ": " + line.strip());
                }
            }
        }

        assertThat(found)
                .as("references to documents a clone of the repository does not have; point them at docs/ "
                        + "(docs/architecture.md, docs/domain.md, docs/codes.md, docs/indicators.md)")
                .isEmpty();
    }

    @Test
    void everyRelativeMarkdownLinkReachesAFile() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : textFiles()) {
            if (!file.getFileName().toString().endsWith(".md")) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = MARKDOWN_LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.startsWith("#") || WITH_SCHEME.matcher(target).find()) {
                        continue;
                    }
                    String path = target.replaceFirst("[#?].*$", "");
                    if (path.isEmpty()) {
                        continue;
                    }
                    checked++;
                    Path resolved = file.getParent().resolve(path).normalize();
                    if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                        broken.add(where(file, i) + ": " + target);
                    }
                }
            }
        }

        assertThat(checked).as("relative links found in the markdown files").isPositive();
        assertThat(broken).as("relative markdown links that reach no file of the repository").isEmpty();
    }

    @Test
    void theDocsTheCodePointsAtAreThere() {
        for (String page : List.of("docs/architecture.md", "docs/domain.md", "docs/codes.md", "docs/indicators.md",
                "docs/access-policy.md", "docs/operations.md", "docs/service-conventions.md")) {
            assertThat(ROOT.resolve(page)).as(page).isRegularFile();
        }
    }

    /** The repository is testkit's parent: the directory that holds {@code testkit/pom.xml}. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("testkit").resolve("pom.xml"))) {
                return dir.normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Not inside the repository: no testkit/pom.xml above "
                + Path.of("").toAbsolutePath());
    }

    private static List<Path> textFiles() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean localData = dir.equals(ROOT.resolve("data"));
                    return !dir.equals(ROOT) && (SKIPPED_DIRECTORIES.contains(name) || localData)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    if (attributes.isRegularFile() && dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        assertThat(files).as("text files under " + ROOT).isNotEmpty();
        return files;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notUtf8) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path file, int index) {
        return ROOT.relativize(file).toString().replace('\\', '/') + ":" + (index + 1);
    }
}
