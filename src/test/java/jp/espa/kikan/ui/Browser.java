package jp.espa.kikan.ui;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An official's browser: Debian's headless chromium driven through /usr/bin/chromedriver (Selenium downloads
 * nothing), in Japanese and in Tokyo time. Knows the Camunda webapps just enough to log in, open a task, read and
 * fill Camunda Form fields by their Japanese labels, complete, and save a screenshot of each step.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ui.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ui.chromedriver", "/usr/bin/chromedriver");
    /** How form-js shows a date in a ja-JP browser. */
    static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final String baseUrl;
    private Path screenshots;
    private int step;

    /** Fails (never skips) when the browser is missing, so a run without it cannot pass unnoticed. */
    static void requireInstalled() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): sudo apt-get install chromium chromium-driver fonts-noto-cjk"
                    + " (or point -Dui.chromium and -Dui.chromedriver at a matching pair).");
        }
    }

    Browser(String baseUrl) throws IOException {
        this(baseUrl, "ja-JP");
    }

    /** A browser whose user asks for {@code language} (e.g. "en-US"): its navigator.languages, Accept-Language and locale. */
    Browser(String baseUrl, String language) throws IOException {
        requireInstalled();
        this.baseUrl = baseUrl;
        this.userDataDir = Files.createTempDirectory("kikan-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + userDataDir, "--window-size=1400,1400", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2)));
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.SEVERE); // errors the pages log, for consoleErrors()
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "Asia/Tokyo")).build();
        this.driver = new ChromeDriver(service, options);
        // Debian's chromium has no Japanese UI locale without chromium-l10n: make the page's locale the user's (ja-JP: dates as 2026/12/25).
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
    }

    /**
     * A fresh wait each time: FluentWait's settings (ignoring, message) stick to the instance. It looks every 100 ms:
     * Selenium's default of 500 ms added a quarter of a second on average to every step that waits for the page.
     */
    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    /** Screenshots of the next steps go to target/ui-screenshots/{test}/NN-{step}.png. */
    void startTest(String test) throws IOException {
        screenshots = Path.of("target", "ui-screenshots", test);
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            old.forEach(file -> file.toFile().delete());
        }
        step = 0;
    }

    /**
     * Logs out and forgets form drafts: Tasklist keeps them in localStorage. Leaves the last page first: one still
     * loading would otherwise send requests without the cookies, and the session they start would replace the next
     * sign-in's (seen once the waits looked every 100 ms instead of 500).
     */
    void reset() {
        if (driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    void login(String app, String user) {
        reset();
        driver.get(baseUrl + "/camunda/app/" + app + "/");
        By name = By.cssSelector("input[ng-model=username]");
        By password = By.cssSelector("input[ng-model=password]");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(name));
        // typed again until both fields hold what was typed: Tasklist focuses the account field once more 300 ms after
        // it starts, and keys typed into the password field then went into the account field
        waiting().ignoring(StaleElementReferenceException.class).withMessage(() -> "the sign-in form filled for " + user)
                .until(d -> {
                    WebElement account = d.findElement(name);
                    WebElement secret = d.findElement(password);
                    if (user.equals(account.getDomProperty("value")) && "demo".equals(secret.getDomProperty("value"))) {
                        return true;
                    }
                    account.sendKeys(Keys.chord(Keys.CONTROL, "a"), user);
                    secret.sendKeys(Keys.chord(Keys.CONTROL, "a"), "demo");
                    return false;
                });
        // the login button is disabled while the page's own requests are in flight (a request-aware form): a click then does nothing
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[type=submit]"))).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(name));
    }

    /**
     * Signs in through the identity provider's page (the demo provider's, password "demo"), as an official would from
     * the service's sign-in link; back at the service, the webapps open (Tasklist, unless another page was asked for).
     */
    void signIn(String user) {
        reset();
        driver.get(baseUrl + "/oauth2/authorization/kikan");
        signInAtTheProvider(user);
    }

    /** On the provider's page: account and password, then its sign-in button. */
    void signInAtTheProvider(String user) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("sign-in")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/idp/"));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void forgetCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    /** The status of a same-origin request the page makes (with its cookies). */
    long fetchStatus(String method, String path) {
        return ((Number) fetch(method, path, "r.status")).longValue();
    }

    /** The body of a same-origin GET the page makes. */
    String fetchText(String path) {
        return (String) fetch("GET", path, "r.text()");
    }

    private Object fetch(String method, String path, String answer) {
        return driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const xsrf = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '';"
                + "fetch(arguments[1], {method: arguments[0], headers: {'X-XSRF-TOKEN': xsrf, 'Accept': 'application/json'}})"
                + ".then(r => " + answer + ").then(done, () => done(-1));", method, path);
    }

    /** Tasklist filtered to one case (its business key), then the task clicked by its name, as an official would. */
    void openTask(String businessKey, String taskName) {
        String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey + "\"}]";
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        clickTaskInList(taskName);
    }

    /** Tasklist filtered to one case (its business key), then the first of its tasks opened. */
    void openFirstTask(String businessKey) {
        String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey + "\"}]";
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        click(By.xpath("(//li[contains(@class,'task')]//h4//a)[1]"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** Clicks a task in the (already filtered) list and waits for its form. */
    void clickTaskInList(String taskName) {
        click(By.xpath("//li[contains(@class,'task')]//h4//a[normalize-space()='" + taskName + "']"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(taskHeading(taskName)));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private static By taskHeading(String taskName) {
        return By.xpath("//section[contains(@class,'task-card')]//h2[normalize-space()='" + taskName + "']");
    }

    void claim() {
        By claim = By.cssSelector("section.task-card button.claim");
        click(claim);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(claim));
    }

    /** The field (input, textarea) whose Camunda Form label reads exactly {@code label}. */
    WebElement field(String label) {
        WebElement labelElement = waiting().withMessage(() -> "no form field labelled " + label)
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//form//label[contains(@class,'fjs-form-field-label')][text()[normalize-space()='" + label + "']]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** What a field shows (a read-only fact or an entered value). */
    String value(String label) {
        WebElement field = field(label);
        scrollTo(field);
        return field.getDomProperty("value");
    }

    void fill(String label, String text) {
        // typed again while the form shows something else: in some full runs (not alone) the extension reason of
        // OfficialsInTheBrowserTest was empty again after it was typed, right after a refused date (cause not found;
        // see the note), so the test checks what the form holds and says when it had to type again
        for (int attempt = 1; ; attempt++) {
            WebElement field = field(label);
            field.clear();
            field.sendKeys(text);
            // leaving the field, as an official does before reaching for 完了: form-js takes a text field's input after
            // a pause or when the field loses the focus
            driver.executeScript("arguments[0].blur();", field);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (text.equals(field(label).getDomProperty("value")) || attempt == 3) {
                return;
            }
            System.err.println("Browser.fill: " + label + " did not keep what was typed; typing it again");
        }
    }

    /** Chooses the option a select list (of a page of ours, not a Camunda Form) shows as {@code option}. */
    void select(By by, String option) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(by)).selectByVisibleText(option);
    }

    /** Types a date as a ja-JP official would (yyyy/M/d) and confirms it with Enter. */
    void fillDate(String label, LocalDate date) {
        fill(label, FORM_DATE.format(date));
        field(label).sendKeys(Keys.ENTER);
    }

    /** Types {@code text} over what the field holds, as a user does (select all, type): no clearing blur in between. */
    void typeOver(String label, String text) {
        field(label).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Types {@code text} over the date field labelled {@code label}, confirms it with Enter and returns what it shows. */
    String typeDate(String label, String text) {
        typeOver(label, text);
        field(label).sendKeys(Keys.ENTER);
        return value(label);
    }

    /** The warning under a date field whose typed text was refused (app/japanese-dates.js), or "" when there is none. */
    String dateWarning(String label) {
        return field(label).findElements(By.xpath("ancestor::div[contains(@class,'fjs-datetime-subsection')]"
                + "//div[contains(@class,'kikan-typed-date')]")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    void tick(String label) {
        if (!field(label).isSelected()) {
            click(By.id(field(label).getAttribute("id")));
        }
    }

    /** Chooses {@code option} of the radio group labelled {@code group}. */
    void choose(String group, String option) {
        click(By.xpath("//div[contains(@class,'fjs-form-field-radio')][label[text()[normalize-space()='" + group
                + "']]]//label[normalize-space()='" + option + "']/input"));
    }

    void complete() {
        click(By.xpath("//button[normalize-space()='完了']"));
    }

    /** Waits until the task's form is gone (the engine took the completion); fails at once with Tasklist's error. */
    void waitUntilTaskGone(String taskName) {
        By error = By.cssSelector(".page-notifications .alert-danger");
        waiting().ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(error).isEmpty()
                || d.findElements(taskHeading(taskName)).stream().noneMatch(WebElement::isDisplayed));
        List<WebElement> errors = driver.findElements(error);
        if (!errors.isEmpty()) {
            throw new AssertionError("Tasklist did not complete " + taskName + ": " + errors.get(0).getText());
        }
    }

    /** The text of a part (a class that app/task-cards.js gives it) of the list's card of the task named {@code taskName}. */
    String card(String taskName, String part) {
        By by = By.xpath("//li[contains(@class,'task')][.//h4//a[normalize-space()='" + taskName + "']]"
                + "//*[contains(concat(' ', @class, ' '), ' " + part + " ')]");
        return waiting().ignoring(StaleElementReferenceException.class).withMessage(() -> "the card's " + part + " of " + taskName)
                .until(d -> d.findElement(by).getText().isBlank() ? null : d.findElement(by).getText());
    }

    /** The errors the pages logged to the browser's console since the last call (the browser hands each out once). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** The window gets the focus back, as when the official returns to it from another window. */
    void focusWindowAgain() {
        driver.executeScript("window.dispatchEvent(new FocusEvent('focus'));");
    }

    /** What a script (an async function body, {@code arguments[0]} its argument) gives, run in the page. */
    Object run(String script, Object argument) {
        return driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(async () => {" + script + "})().then(done, e => done('error: ' + e));", argument);
    }

    void waitForText(String text) {
        // a page that is being left (a redirect, a reload) loses its body
        waiting().ignoring(StaleElementReferenceException.class).withMessage(() -> "waiting for the page to show: " + text)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** What {@code script} collects from the page once two readings half a second apart agree (the webapps render late). */
    @SuppressWarnings("unchecked")
    List<String> settledTexts(String script) {
        List<String>[] last = new List[] {List.of()};
        return waiting().pollingEvery(Duration.ofMillis(500)).withMessage(() -> "the page kept changing: " + last[0]).until(d -> {
            List<String> now = (List<String>) driver.executeScript(script);
            boolean settled = now.equals(last[0]);
            last[0] = now;
            return settled ? now : null;
        });
    }

    /** The text of the first element found, whether shown or not (options of a select, a closed calendar). */
    String textContent(By by) {
        return driver.findElement(by).getAttribute("textContent").strip();
    }

    String title() {
        return driver.getTitle();
    }

    /** Whether an element found by {@code by} is shown; asked again while the webapp re-renders it (stale elements). */
    boolean displayed(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Clicks once the element can take it; the webapps re-render (stale elements) and overlay a footer, so it retries. */
    void click(By by) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .withMessage(() -> "waiting to click " + by).until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    scrollTo(element);
                    element.click();
                    return true;
                });
    }

    void waitFor(By by) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Types into the element once it can take it; retried while the webapp re-renders it. */
    void type(By by, CharSequence... keys) {
        waiting().ignoring(StaleElementReferenceException.class).withMessage(() -> "waiting to type into " + by).until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.sendKeys(keys);
            return true;
        });
    }

    /** Waits until the elements found by {@code by} show exactly {@code texts}. */
    void waitForTexts(By by, String... texts) {
        waiting().withMessage(() -> "waiting for " + by + " to show " + List.of(texts))
                .until(d -> d.findElements(by).stream().map(WebElement::getText).map(String::strip).toList().equals(List.of(texts)));
    }

    void scrollTo(String label) {
        scrollTo(field(label));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves the window as target/ui-screenshots/{test}/NN-{name}.png and returns its path. */
    Path screenshot(String name) throws IOException {
        Path target = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** A screenshot for the README: the window made tall enough to show the whole task, copied to {@code target}. */
    void documentationShot(Path target, int height) throws IOException {
        Dimension normal = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(normal.getWidth(), height));
        try {
            driver.executeScript("document.activeElement.blur(); document.querySelectorAll('*').forEach(e => e.scrollTop = 0);");
            Files.createDirectories(target.getParent());
            Files.copy(screenshot("documentation"), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.manage().window().setSize(normal);
        }
    }

    /** Clicks a link that opens a new tab and switches to that tab; returns the handle of the tab the link was in. */
    String clickIntoNewTab(By link) {
        String from = driver.getWindowHandle();
        Set<String> before = driver.getWindowHandles();
        click(link);
        String opened = waiting().withMessage(() -> "no new tab after a click on " + link)
                .until(d -> d.getWindowHandles().stream().filter(handle -> !before.contains(handle)).findFirst().orElse(null));
        driver.switchTo().window(opened);
        return from;
    }

    /** Closes the current tab and goes back to the tab of {@code handle}. */
    void closeTab(String handle) {
        driver.close();
        driver.switchTo().window(handle);
    }

    /** The current tab's address once it starts with {@code prefix} (a tab opened by a script navigates later). */
    String waitForUrl(String prefix) {
        waiting().withMessage(() -> "the tab's address " + driver.getCurrentUrl() + " does not start with " + prefix)
                .until(d -> d.getCurrentUrl().startsWith(prefix));
        return driver.getCurrentUrl();
    }

    /** Waits until a script run in the current tab returns {@code expected} (e.g. once a page has loaded). */
    void waitForScript(String script, Object expected) {
        waiting().withMessage(() -> script + " never returned " + expected).until(d -> expected.equals(this.script(script)));
    }

    /** A script run in the current tab: what it returns. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** What a same-origin request of the current tab answers: status, Content-Type and bytes. */
    record Fetched(long status, String contentType, byte[] body) {
    }

    /** The current tab's address fetched by the tab itself (its cookies, its origin). */
    Fetched fetchCurrentAddress() {
        return fetchBytes(null, null);
    }

    /** A GET of {@code path} (the tab's own address when null), or a POST of {@code form} (urlencoded), by the tab. */
    Fetched fetchBytes(String path, String form) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const init = arguments[1] === null ? {} : {method: 'POST', body: arguments[1],"
                + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}};"
                + "fetch(arguments[0] || location.href, init).then(async r => { const bytes = new Uint8Array(await r.arrayBuffer());"
                + " let text = ''; for (const b of bytes) { text += String.fromCharCode(b); }"
                + " done([r.status, r.headers.get('content-type') || '', btoa(text)]); }, e => done([-1, String(e), '']));",
                path, form);
        return new Fetched(((Number) answer.get(0)).longValue(), (String) answer.get(1),
                java.util.Base64.getDecoder().decode((String) answer.get(2)));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(userDataDir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
