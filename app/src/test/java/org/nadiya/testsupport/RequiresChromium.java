package org.nadiya.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Browser tests need NADIYA_TEST_CHROMIUM (the browser) and, optionally, NADIYA_TEST_CHROMEDRIVER. */
public class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return ExternalResource.require("NADIYA_TEST_CHROMIUM", "browser (Chromium)");
    }
}
