package id.kinerja.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run only where Debian's chromium is installed; elsewhere they are reported as
 * skipped with the reason, so a bare machine still passes {@code ./mvnw verify}.
 */
public class ChromiumTersedia implements ExecutionCondition {

    static final String CHROMIUM = System.getenv().getOrDefault("KINERJA_CHROMIUM", "/usr/bin/chromium");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Files.isExecutable(Path.of(CHROMIUM)) ? ConditionEvaluationResult.enabled("chromium at " + CHROMIUM)
                : ConditionEvaluationResult.disabled("Browser tests skipped: no chromium at " + CHROMIUM
                        + " (apt-get install chromium, or set KINERJA_CHROMIUM)");
    }
}
