package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's Chromium, driven by Selenium): opens the gateway's Swagger
 * UI, authorizes as advisor-demo through Keycloak's login page (authorization code with PKCE),
 * calls GET /api/v1/pillars and sees 200. The screenshot is kept in target/.
 */
class SwaggerUiLoginIT {

    @Test
    void anAdviserLogsInThroughKeycloakAndCallsTheApiFromSwaggerUi() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1100");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver browser = new ChromeDriver(service, options);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get(PlatformIT.DIRECT_GATEWAY + "/q/swagger-ui/");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
            String main = browser.getWindowHandle();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-container button.authorize"))).click();

            wait.until(d -> d.getWindowHandles().size() > 1);
            Set<String> windows = browser.getWindowHandles();
            windows.remove(main);
            browser.switchTo().window(windows.iterator().next());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("advisor-demo");
            browser.findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(d -> d.getWindowHandles().size() == 1);
            browser.switchTo().window(main);

            // once authorized, the dialog offers to log out
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//div[contains(@class, 'auth-container')]//button[normalize-space() = 'Logout']")));
            browser.findElement(By.cssSelector("button.btn-done")).click();

            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id$='listPillars']")));
            operation.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn")))).click();
            wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute")))).click();
            WebElement status = wait.until(d -> operation.findElement(
                    By.cssSelector(".live-responses-table .response .response-col_status")));
            wait.until(d -> !status.getText().isBlank());
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
            screenshot(browser, "swagger-ui-authorized.png");
            assertEquals("200", status.getText().trim());
        } catch (RuntimeException | AssertionError e) {
            screenshot(browser, "swagger-ui-failure.png");
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
