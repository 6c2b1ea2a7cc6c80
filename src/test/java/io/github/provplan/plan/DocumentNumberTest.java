package io.github.provplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {
    @Test
    void stateFormNumberSlashTypeDashIssuer() {
        var number = DocumentNumber.parse("686/QĐ-TTg");
        assertEquals(DocumentNumber.Form.STATE, number.form());
        assertEquals("686", number.number());
        assertEquals(686, number.numberValue());
        assertEquals(OptionalInt.empty(), number.year());
        assertEquals(Optional.of("QĐ"), number.type());
        assertEquals("TTg", number.issuer());
        assertEquals("686/QĐ-TTg", number.toString());
    }

    @Test
    void normativeFormWithYearAndNoTypeCode() {
        var number = DocumentNumber.parse("202/2025/QH15");
        assertEquals(DocumentNumber.Form.NORMATIVE, number.form());
        assertEquals(202, number.numberValue());
        assertEquals(OptionalInt.of(2025), number.year());
        assertEquals(Optional.empty(), number.type());
        assertEquals("QH15", number.issuer());
        assertEquals("202/2025/QH15", number.toString());
    }

    @Test
    void normativeFormWithTypeCodeKeepsLeadingZeros() {
        var number = DocumentNumber.parse("01/2021/NĐ-CP");
        assertEquals("01", number.number());
        assertEquals(1, number.numberValue());
        assertEquals(Optional.of("NĐ"), number.type());
        assertEquals("CP", number.issuer());
        assertEquals("01/2021/NĐ-CP", number.toString());
    }

    @Test
    void partyFormNumberDashTypeSlashIssuer() {
        var number = DocumentNumber.parse("58-CT/TU");
        assertEquals(DocumentNumber.Form.PARTY, number.form());
        assertEquals(58, number.numberValue());
        assertEquals(Optional.of("CT"), number.type());
        assertEquals("TU", number.issuer());
        assertEquals("58-CT/TU", number.toString());
        assertEquals("19-NQ/TW", DocumentNumber.parse("19-NQ/TW").toString());
    }

    @Test
    void decomposedVietnameseIsReadAsTheComposedForm() {
        String decomposed = Normalizer.normalize("394/TB-VPCP 686/QĐ-TTg", Normalizer.Form.NFD).split(" ")[1];
        assertEquals(DocumentNumber.parse("686/QĐ-TTg"), DocumentNumber.parse(decomposed));
    }

    @Test
    void equalNumbersAreEqualValues() {
        assertEquals(DocumentNumber.parse("394/TB-VPCP"), DocumentNumber.parse("394/TB-VPCP"));
        assertEquals(DocumentNumber.parse("394/TB-VPCP").hashCode(), DocumentNumber.parse("394/TB-VPCP").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "686", "686/", "686 QĐ-TTg", "QĐ-TTg/686", "58-CT", "686/QĐ-", "686/QĐ-TTg ",
        "1234567/QĐ-TTg", "12/1800/QH15", "686/QĐ--TTg"})
    void malformedNumbersAreRejectedNamingTheForms(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void malformedMessageNamesTheThreeForms() {
        var e = assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse("686-QĐ-TTg"));
        assertEquals("'686-QĐ-TTg' is not a document number of the form 686/QĐ-TTg, 202/2025/QH15 or 58-CT/TU",
                e.getMessage());
    }
}
