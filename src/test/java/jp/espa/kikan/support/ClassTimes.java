package jp.espa.kikan.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test class's wall and CPU time (its JVM's, so a Spring context it boots counts), one line per class in
 * target/test-times/{pid}.tsv: on a machine shared with other work the CPU seconds compare where wall times do not.
 * Registered for every class through junit-platform.properties; scripts/test-times sums the files.
 */
public final class ClassTimes implements BeforeAllCallback, AfterAllCallback {

    private static final Path DIRECTORY = Path.of("target", "test-times");
    private static final ExtensionContext.Namespace TIMES = ExtensionContext.Namespace.create(ClassTimes.class);

    record Start(long epochMillis, long nanos, long cpuNanos) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(TIMES).put("start", new Start(System.currentTimeMillis(), System.nanoTime(), cpuNanos()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Start start = context.getStore(TIMES).get("start", Start.class);
        if (start == null || !Files.isDirectory(DIRECTORY.getParent())) {
            return;
        }
        Files.createDirectories(DIRECTORY);
        String line = String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f%n", context.getRequiredTestClass().getName(),
                start.epochMillis() / 1000, (System.nanoTime() - start.nanos()) / 1e9, (cpuNanos() - start.cpuNanos()) / 1e9);
        Files.writeString(DIRECTORY.resolve(ProcessHandle.current().pid() + ".tsv"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** CPU time of the whole JVM: the engine's and the web server's threads work for the test as much as its own. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
