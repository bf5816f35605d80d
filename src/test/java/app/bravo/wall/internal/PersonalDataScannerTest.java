package app.bravo.wall.internal;

import app.bravo.wall.PersonalData;
import app.bravo.wall.PersonalData.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataScannerTest {

    private final PersonalDataScanner scanner = new PersonalDataScanner();

    @Test
    void an_email_address_is_found_where_it_is_and_replaced_by_a_token() {
        String text = "Write to jane.doe+news@example.co.uk any time!";
        var result = scanner.scan(text);
        assertThat(result.found()).containsExactly(new PersonalData(Kind.EMAIL, 9, 36, "jane.doe+news@example.co.uk"));
        assertThat(text.substring(9, 36)).isEqualTo("jane.doe+news@example.co.uk");
        assertThat(result.proposedRedaction()).isEqualTo("Write to [email] any time!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 2671", "+44 (20) 7946-0958", "0912 345 6789", "09123456789", "555-123-4567",
            "(021) 8888-1234", "0049 30 1234567", "030.1234.5678"})
    void phone_numbers_in_international_and_local_formats_are_found(String phone) {
        var result = scanner.scan("Call me on " + phone + ", thanks.");
        assertThat(result.found()).extracting(PersonalData::kind, PersonalData::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.PHONE, phone));
        assertThat(result.proposedRedaction()).isEqualTo("Call me on [phone], thanks.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01", "01.05.2024", "10.000.000", "order 12345678", "1234567", "in 2023 we grew 40%",
            "version 3.1.1", "score 9 of 10"})
    void dates_amounts_short_numbers_and_order_numbers_are_not_phones(String text) {
        assertThat(scanner.scan(text).found()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005",
            "6037 9975 9930 4012"})
    void card_numbers_that_pass_the_luhn_check_are_cards(String card) {
        var result = scanner.scan("My card " + card + " was charged twice");
        assertThat(result.found()).extracting(PersonalData::kind).containsExactly(Kind.CARD);
        assertThat(result.found().getFirst().text()).isEqualTo(card);
        assertThat(result.proposedRedaction()).isEqualTo("My card [card] was charged twice");
    }

    @Test
    void a_long_number_that_fails_the_luhn_check_is_no_card() {
        assertThat(scanner.scan("ticket 4111111111111112 closed").found())
                .extracting(PersonalData::kind).doesNotContain(Kind.CARD);
    }

    @Test
    void persian_digits_are_read_as_digits_and_the_persian_text_around_them_survives() {
        String text = "با شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ تماس بگیرید و کارت ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱ را نفرستید 🙏";
        var result = scanner.scan(text);
        assertThat(result.found()).extracting(PersonalData::kind, PersonalData::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.PHONE, "۰۹۱۲ ۳۴۵ ۶۷۸۹"),
                org.assertj.core.groups.Tuple.tuple(Kind.CARD, "۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱"));
        assertThat(result.proposedRedaction()).isEqualTo("با شماره [phone] تماس بگیرید و کارت [card] را نفرستید 🙏");
    }

    @Test
    void several_findings_are_all_redacted_in_order() {
        String text = "Mail a@b.io or call +98 21 1234 5678; card 5555 5555 5555 4444.";
        var result = scanner.scan(text);
        assertThat(result.found()).extracting(PersonalData::kind).containsExactly(Kind.EMAIL, Kind.PHONE, Kind.CARD);
        assertThat(result.proposedRedaction()).isEqualTo("Mail [email] or call [phone]; card [card].");
    }

    @Test
    void text_without_personal_data_is_proposed_unchanged() {
        String text = "Support was amazing <b>thank you</b> 🎉🎉";
        var result = scanner.scan(text);
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.proposedRedaction()).isEqualTo(text);
    }

    @Test
    void the_luhn_check_knows_valid_and_invalid_numbers() {
        assertThat(PersonalDataScanner.luhn("79927398713")).isTrue();
        assertThat(PersonalDataScanner.luhn("79927398710")).isFalse();
    }
}
