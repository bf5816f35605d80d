package app.bravo.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Persian reader picks 1 Farvardin 1405 in the Jalali calendar of the customer feedback form,
 * sends the form, and the note is stored as received on 2026-03-21.
 */
class PersianDateJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void picking_1_farvardin_1405_in_the_persian_date_field_stores_2026_03_21() {
        // a new colleague who reads Bravo in Persian
        signIn(newPerson("Parisa Jalali"), PASSWORD);
        switchLanguage("Language", "فارسی");
        page.navigate(url("wall"));
        page.locator(".wall-view").waitFor();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("ثبت بازخورد مشتری")).click();

        String marker = "Jalali " + Long.toString(System.nanoTime(), 36);
        page.locator("vaadin-text-area textarea").fill(marker + " — پشتیبانی عالی بود");
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("ایمیل")).click();

        // the date field speaks Persian: today in Jalali with Persian digits, no Latin digit in sight
        Locator dateField = page.locator("vaadin-text-field.bravo-date-field")
                .filter(new Locator.FilterOptions().setHasText("تاریخ دریافت"));
        Locator dateInput = dateField.locator("input");
        assertThat(dateInput.inputValue()).matches("[۰-۹]+ \\S+ [۰-۹]+").doesNotContainPattern("[0-9]");

        dateField.locator(".bravo-date-field-open").click();
        Locator calendar = page.locator("bravo-calendar:visible");
        calendar.waitFor();
        Locator title = calendar.locator("h2");
        for (int i = 0; i < 60 && !title.textContent().equals("فروردین ۱۴۰۵"); i++) {
            calendar.locator("button[part='previous']").click();
        }
        assertThat(title.textContent()).isEqualTo("فروردین ۱۴۰۵");
        assertThat(calendar.locator("th").first().textContent()).isEqualTo("ش");
        calendar.locator("button.day").filter(new Locator.FilterOptions().setHasText("۱")).first().click();
        calendar.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        waitUntilIdle();
        assertThat(dateInput.inputValue()).isEqualTo("۱ فروردین ۱۴۰۵");

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("ارسال برای بررسی")).click();
        waitUntilIdle();
        page.locator("vaadin-text-area textarea").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        LocalDate stored = jdbc.queryForObject("SELECT received_on FROM feedback_note WHERE quote LIKE ?",
                LocalDate.class, marker + "%");
        assertThat(stored).isEqualTo(LocalDate.of(2026, 3, 21));
    }
}
