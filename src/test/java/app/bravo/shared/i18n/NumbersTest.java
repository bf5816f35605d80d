package app.bravo.shared.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void persian_readers_see_persian_digits_and_english_readers_latin_ones() {
        assertThat(Numbers.format(0, FA)).isEqualTo("۰");
        assertThat(Numbers.format(30, FA)).isEqualTo("۳۰");
        assertThat(Numbers.format(1234, FA)).isEqualTo("۱٬۲۳۴");
        assertThat(Numbers.format(1234, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(Numbers.format(7, Locale.ENGLISH)).isEqualTo("7");
        assertThat(Numbers.digits("3/5 · 10:30", FA)).isEqualTo("۳/۵ · ۱۰:۳۰");
        assertThat(Numbers.digits("3/5", Locale.ENGLISH)).isEqualTo("3/5");
    }

    @Test
    void whole_numbers_are_read_in_persian_arabic_or_latin_digits() {
        assertThat(Numbers.parseInteger("۳۰")).contains(30);
        assertThat(Numbers.parseInteger("٣٠")).contains(30);
        assertThat(Numbers.parseInteger(" 30 ")).contains(30);
        assertThat(Numbers.parseInteger("−۵")).contains(-5);
        assertThat(Numbers.parseInteger("۱۲a")).isEmpty();
        assertThat(Numbers.parseInteger("")).isEmpty();
        assertThat(Numbers.parseInteger("1.5")).isEmpty();
        assertThat(Numbers.parseInteger("99999999999")).isEmpty();
        assertThat(Numbers.latinDigits("۱۴۰۵/۰۱/۰۱")).isEqualTo("1405/01/01");
    }

    @Test
    void decimals_and_money_are_written_with_the_persian_decimal_separator_for_persian_readers() {
        assertThat(Numbers.decimal(new BigDecimal("0.0100"), FA)).isEqualTo("۰٫۰۱");
        assertThat(Numbers.decimal(new BigDecimal("12345.5"), FA)).isEqualTo("۱۲۳۴۵٫۵");
        assertThat(Numbers.decimal(new BigDecimal("0.0125"), Locale.ENGLISH)).isEqualTo("0.0125");
        assertThat(Numbers.decimal(new BigDecimal("3.000"), Locale.ENGLISH)).isEqualTo("3");
        assertThat(Numbers.money(new BigDecimal("46.4500"), "EUR", FA)).isEqualTo("\u200e€۴۶٫۴۵");
        assertThat(Numbers.money(new BigDecimal("46.455"), "EUR", Locale.ENGLISH)).isEqualTo("€46.46");
        assertThat(Numbers.money(new BigDecimal("1234.5"), "EUR", FA)).isEqualTo("\u200e€۱٬۲۳۴٫۵۰");
        assertThat(Numbers.unitPrice(new BigDecimal("0.0100"), "EUR", FA)).isEqualTo("\u200e€۰٫۰۱");
        assertThat(Numbers.unitPrice(new BigDecimal("0.0125"), "EUR", Locale.ENGLISH)).isEqualTo("€0.0125");
        assertThat(Numbers.money(new BigDecimal("46.45"), "ABC", Locale.ENGLISH)).isEqualTo("ABC\u00a046.45");
        assertThat(Numbers.money(new BigDecimal("46.45"), "EUR", FA)).doesNotContain(".").doesNotContain("EUR");
    }
}
