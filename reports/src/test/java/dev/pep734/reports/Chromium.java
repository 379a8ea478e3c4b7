package dev.pep734.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) as a person's browser: it renders a page, lets its scripts run
 * for a while of virtual time, then takes a screenshot or dumps the rendered DOM, and reports the script errors
 * it logged. Each call gets a fresh profile under {@code work}, and no network: the pages must be static.
 */
final class Chromium {

    // Allure's single-file report decodes its embedded data before it draws: give it virtual time.
    private static final int VIRTUAL_TIME_MS = 20_000;

    /**
     * What a visit left.
     *
     * @param dom the rendered DOM (empty for a screenshot)
     * @param scriptErrors console lines of uncaught script errors
     */
    record Visit(String dom, List<String> scriptErrors) {
    }

    private final Path executable;
    private final Path work;

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The browser on the PATH ({@code chromium} or {@code chromium-browser}), if there is one. */
    static Optional<Chromium> find(Path work) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate, work));
                }
            }
        }
        return Optional.empty();
    }

    Visit screenshot(Path page, String fragment, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        return run(page, fragment, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1000");
    }

    Visit dom(Path page, String fragment) throws IOException, InterruptedException {
        return run(page, fragment, "--dump-dom");
    }

    private Visit run(Path page, String fragment, String... action) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = Files.createTempFile(work, "stdout", ".html");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + VIRTUAL_TIME_MS));
        command.addAll(List.of(action));
        command.add(page.toUri() + fragment);
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException("chromium did not finish with " + page + " in 180 s");
        }
        List<String> errors = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE") && (l.contains("Uncaught") || l.contains("ERROR:CONSOLE")))
                .toList();
        return new Visit(Files.readString(out, StandardCharsets.UTF_8), errors);
    }
}
