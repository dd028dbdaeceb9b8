package io.storytrace.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.standard();

    private String identify(String text) {
        return identifier.identify(new WordTokenizer().tokens(text), text);
    }

    @Test
    void englishProseIsEnglish() {
        assertThat(identify(String.join(" ", Articles.WIRE))).isEqualTo("eng");
    }

    @Test
    void otherLanguagesAreToldByTheModel() {
        assertThat(
                        identify(
                                "Der Stadtrat von Port Alder hat am Dienstagabend mit sieben zu zwei"
                                        + " Stimmen beschlossen, die 61 Jahre alte Brücke an der"
                                        + " Harbor Street zu ersetzen. Die Brücke wird für etwa 14"
                                        + " Monate gesperrt, sagte Bürgermeisterin Lorna Vasquez."))
                .isEqualTo("deu");
        assertThat(
                        identify(
                                "Le conseil municipal de Port Alder a voté mardi soir le"
                                        + " remplacement du pont de Harbor Street, vieux de 61 ans,"
                                        + " qui sera fermé pendant environ 14 mois, a déclaré la"
                                        + " maire Lorna Vasquez devant les journalistes."))
                .isEqualTo("fra");
    }

    @Test
    void aFewWordsSayNothing() {
        assertThat(identify("Brücke gesperrt")).isEqualTo(LanguageIdentifier.UNKNOWN);
    }

    @Test
    void onlyTwoKnownLanguagesDiffer() {
        assertThat(LanguageIdentifier.differ("eng", "deu")).isTrue();
        assertThat(LanguageIdentifier.differ("eng", "eng")).isFalse();
        assertThat(LanguageIdentifier.differ("und", "deu")).isFalse();
    }

    @Test
    void languagesHaveEnglishNames() {
        assertThat(List.of("deu", "fra", "spa").stream().map(LanguageIdentifier::name))
                .containsExactly("German", "French", "Spanish");
    }
}
