package com.hivecheck.system;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for browser tests, driven by Selenium through {@code /usr/bin/chromedriver}.
 * <p>
 * Register it in a test class and use {@link #open(String)}, {@link #driver()} and {@link #screenshot(String)}:
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();
 *
 * @Test
 * void showsTheQuestionnaire() {
 *     browser.open("http://localhost:" + port + "/");
 *     browser.screenshot("questionnaire-en");
 * }
 * }</pre>
 * A static field shares one browser across the class, with cookies cleared before every test; an instance field
 * starts a browser per test. Each browser gets a fresh profile directory, deleted when it quits. The window is
 * {@value #WIDTH} CSS pixels wide. Screenshots are full-page PNGs under {@code target/screenshots/}; a failing test
 * leaves one named {@code FAILED-<class>-<method>.png}.
 * <p>
 * Where Chromium or chromedriver is missing, the tests are skipped with a message saying how to install them, except
 * when the environment variable {@code CI} is {@code true}: there they fail, so that browser tests are never silently
 * absent from CI. The paths can be overridden with the system properties {@code chromium.binary} and
 * {@code webdriver.chrome.driver}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback, AfterAllCallback {

    /** The window width in CSS pixels. */
    public static final int WIDTH = 1280;

    /** The window height in CSS pixels; screenshots still capture the whole page. */
    public static final int HEIGHT = 900;

    /** Where screenshots are written. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final String INSTALL_HINT = "sudo apt-get install chromium chromium-driver";

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--lang=en-US", "--window-size=" + WIDTH + "," + HEIGHT);

    private @Nullable ChromeDriver driver;
    private @Nullable Path profile;
    private boolean perClass;
    private @Nullable String missing;

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null) {
            // Forget cookies (such as the chosen language) left by the previous test of the class.
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        } else if (missing == null) {
            start();
        }
        if (missing != null) {
            abort(missing);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            try {
                screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** The running driver, for finding elements and anything this class does not wrap. */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser is not running: register Browser with @RegisterExtension");
        }
        return driver;
    }

    /** Loads the page at {@code url} and waits until it has loaded. */
    public Browser open(String url) {
        driver().get(url);
        return this;
    }

    /** Waits up to five seconds until {@code condition} returns a value other than null or false, and returns it. */
    public <T> T await(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver(), Duration.ofSeconds(5)).until(condition);
    }

    /**
     * Clicks {@code control}, which sends a form or follows a link, and waits until the page it leads to has replaced
     * this one and has loaded: the old page's elements (an {@code h1} too) are never taken for the new page's.
     */
    public void clickToNextPage(WebElement control) {
        WebElement before = driver().findElement(By.tagName("html"));
        control.click();
        await(d -> {
            try {
                before.isDisplayed();
                return false;
            } catch (WebDriverException replaced) {
                // Chromium reports the old page's node as stale, or as "not belonging to the document".
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            }
        });
    }

    /**
     * Saves the whole page, not only the visible window, as {@code target/screenshots/<name>.png}.
     *
     * @return the file written
     */
    public Path screenshot(String name) {
        ChromeDriver chrome = (ChromeDriver) driver();
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        // The window's own width (narrower when a test resized it, for a phone), or the content's when wider.
        double window = ((Number) chrome.executeScript("return window.innerWidth")).doubleValue();
        double width = Math.max(window, ((Number) content.get("width")).doubleValue());
        double height = ((Number) content.get("height")).doubleValue();
        // Chromium may leave parts beyond the window unpainted in a capture, so the window is the page meanwhile.
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", (int) Math.ceil(width),
                "height", (int) Math.ceil(height), "deviceScaleFactor", 1, "mobile", window < WIDTH));
        Map<String, Object> shot;
        try {
            shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void start() {
        Path binary = Paths.get(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Paths.get(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        missing = missing(binary, chromedriver);
        if (missing != null) {
            return;
        }
        try {
            profile = Files.createTempDirectory("hivecheck-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary.toFile())
                .addArguments(FLAGS)
                .addArguments("--user-data-dir=" + profile)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver = started;
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
    }

    private void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    /**
     * Why the browser cannot start, or null when it can. Fails under {@code CI=true}, and otherwise prints a warning
     * that the tests will be skipped.
     */
    private static @Nullable String missing(Path... executables) {
        for (Path executable : executables) {
            if (Files.isExecutable(executable)) {
                continue;
            }
            String message = executable + " is missing, so the browser tests cannot run. Install Chromium and its"
                    + " driver with: " + INSTALL_HINT;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: browser tests must run in CI, never skip)");
            }
            System.err.println("""

                    *** SKIPPING BROWSER TESTS ***
                    *** %s
                    """.formatted(message));
            return message;
        }
        return null;
    }

    private void deleteProfile() {
        Path directory = profile;
        profile = null;
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
