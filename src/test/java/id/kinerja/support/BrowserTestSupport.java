package id.kinerja.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: Playwright driving Debian's chromium headless against the app on a random
 * port. Where no chromium is installed they are skipped with a message, so a bare machine still
 * passes {@code ./mvnw verify}; CI installs chromium first.
 */
@IntegrationTest
@ExtendWith(ChromiumTersedia.class)
public abstract class BrowserTestSupport {

    private static final String CHROMIUM = ChromiumTersedia.CHROMIUM;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("id-ID"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** A second, independent browser session (own cookies), e.g. a colleague editing the same PK. */
    protected BrowserContext konteksBaru() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("id-ID"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The text of the first match once the current document has finished loading: a click that
     * navigates returns when the new page starts arriving, and reading straight away can catch a
     * list whose items the browser has not parsed yet (seen once in CI on a long page).
     */
    protected String teks(String selector) {
        return teks(page, selector);
    }

    protected static String teks(Page p, String selector) {
        p.waitForLoadState();
        return p.textContent(selector);
    }

    /** A field's value once the current document has finished loading (see {@link #teks(String)}). */
    protected String isian(String selector) {
        page.waitForLoadState();
        return page.inputValue(selector);
    }

    protected void masuk(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        try {
            // a first page after sign-in may compute a whole organisation's scores: allow it time
            page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(45_000));
        } catch (TimeoutError e) {
            throw new AssertionError("sign-in as " + username + " did not leave " + page.url() + ": "
                    + page.locator("body").innerText(), e);
        }
    }
}
