package org.newsroom.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.events.Article;
import org.newsroom.events.LanguageDecision;

class LanguageDeciderTest {

    private static final LanguageDecider DECIDER = new LanguageDecider(LanguageProperties.defaults());

    private static final String ARABIC = "نقلت وكالة أنباء تاس عن وزارة الخارجية الروسية قولها يوم الأحد إن روسيا تلقت "
            + "اقتراحا من حلف شمال الأطلسي لبدء محادثات بشأن مخاوف موسكو الأمنية في 12 يناير كانون الثاني وتدرسه. "
            + "وأصدرت روسيا الأسبوع الماضي قائمة من المقترحات الأمنية التي تريد التفاوض بشأنها.";
    private static final String ENGLISH = "The city council approved its budget for next year on Tuesday evening, "
            + "after a long debate about the cost of public transport and schools.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | قال الرئيس الروسي فلاديمير بوتين يوم الخميس إن روسيا تريد تجنب المواجهة مع الغرب وتطالب بضمانات أمنية.
            en | The city council approved its budget for next year on Tuesday evening after a long debate.
            fr | Le club amateur a créé la surprise samedi soir en éliminant le leader de la deuxième division.
            de | Der Stadtrat hat am Dienstagabend nach einer langen Debatte den Haushalt für das nächste Jahr beschlossen.
            es | El ayuntamiento aprobó el martes por la noche el presupuesto del próximo año tras un largo debate.
            pt | A câmara municipal aprovou na terça-feira à noite o orçamento do próximo ano depois de um longo debate.
            sv | Kommunfullmäktige godkände på tisdagskvällen budgeten för nästa år efter en lång debatt om skolorna.
            nb | Bystyret vedtok tirsdag kveld budsjettet for neste år etter en lang debatt om skolene og kollektivtrafikken.
            """)
    void detectsTheLanguagesOfTheWire(String language, String text) {
        LanguageDecision decision = DECIDER.decide(article(null), text);
        assertThat(LanguageFamily.same(decision.code(), language)).as(decision.toString()).isTrue();
        assertThat(decision.source()).isEqualTo("detected");
    }

    @Test
    void agreeingDetectionKeepsTheWireTagAndRecordsTheDetection() {
        LanguageDecision decision = DECIDER.decide(article("ar-EG"), ARABIC);
        assertThat(decision.code()).isEqualTo("ar");
        assertThat(decision.source()).isEqualTo("wire");
        assertThat(decision.detected()).isEqualTo("ar");
        assertThat(decision.detectedConfidence()).isPositive();
        assertThat(decision.confidence()).isEqualTo(decision.detectedConfidence());
    }

    @Test
    void agreementIsConfirmedOnTheShortPrefixOnly() {
        LanguageDecision full = new LanguageDecider(new LanguageProperties(0.5, 40, 300, 300))
                .decide(article("ar"), ARABIC);
        LanguageDecision confirmed = DECIDER.decide(article("ar"), ARABIC);
        assertThat(confirmed.code()).isEqualTo(full.code());
        assertThat(confirmed.detectedConfidence()).isNotEqualTo(full.detectedConfidence());
    }

    @Test
    void confidentDisagreementReplacesAWrongWireTag() {
        LanguageDecision decision = DECIDER.decide(article("en"), ARABIC);
        assertThat(decision.code()).isEqualTo("ar");
        assertThat(decision.source()).isEqualTo("detected");
    }

    @Test
    void unsureDisagreementKeepsTheWireTag() {
        LanguageDecider strict = new LanguageDecider(new LanguageProperties(1.0, 40, 300, 150));
        LanguageDecision decision = strict.decide(article("fr"), ENGLISH);
        assertThat(decision.code()).isEqualTo("fr");
        assertThat(decision.source()).isEqualTo("wire");
        assertThat(decision.confidence()).isEqualTo(1.0);
        assertThat(decision.detected()).isEqualTo("en");
    }

    @Test
    void norwegianBokmalAgreesWithAWireTaggedNo() {
        LanguageDecision decision = DECIDER.decide(article("no"),
                "Bystyret vedtok tirsdag kveld budsjettet for neste år etter en lang debatt om skolene.");
        assertThat(decision.code()).isEqualTo("no");
        assertThat(decision.source()).isEqualTo("wire");
    }

    @Test
    void shortTextIsNotDetected() {
        assertThat(DECIDER.decide(article("sv"), "Kort.")).isEqualTo(new LanguageDecision("sv", 1.0, "wire"));
        assertThat(DECIDER.decide(article(null), "Kort.")).isNull();
    }

    private static Article article(String language) {
        return Article.builder().uri("urn:test:1").version(1).versioncreated(Instant.EPOCH).source("test")
                .format("ninjs").headline("H").language(language).build();
    }
}
