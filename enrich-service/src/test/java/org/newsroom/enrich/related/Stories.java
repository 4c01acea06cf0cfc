package org.newsroom.enrich.related;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.Enrichment;
import org.newsroom.events.LanguageDecision;
import org.newsroom.events.PubStatus;
import org.newsroom.events.SectionDecision;

/**
 * Hand-written test stories (our own text): clusters of stories about one event, and unrelated ones, in English and
 * Arabic. Each cluster's stories share the event, not their wording.
 */
final class Stories {

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private Stories() {
    }

    /** An enriched, usable article {@code hours} after {@link #T0}. */
    static Article story(String uri, String language, int hours, String section, String headline,
            String... paragraphs) {
        return story(uri, 1, language, T0.plusSeconds(hours * 3600L), section, List.of(), headline, paragraphs);
    }

    static Article story(String uri, long version, String language, Instant versioncreated, String section,
            List<Concept> subject, String headline, String... paragraphs) {
        String body = String.join("\n\n", paragraphs);
        String html = Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        Article article = Article.builder()
                .uri(uri)
                .version(version)
                .versioncreated(versioncreated)
                .language(language)
                .headline(headline)
                .bodyHtml(html)
                .subject(subject)
                .source("test")
                .format("ninjs")
                .build();
        return article.withEnrichment(new Enrichment(body, new LanguageDecision(language, 1.0, "wire"),
                section == null ? null : new SectionDecision(section, 1.0, "rule", null, false), List.of(), List.of(),
                List.of(), versioncreated));
    }

    /** The kill of {@code uri}, as it travels on articles.enriched. */
    static Article kill(String uri, long version) {
        return Article.builder().uri(uri).version(version).versioncreated(T0.plusSeconds(86_400))
                .pubstatus(PubStatus.CANCELED).source("test").format("ninjs").build();
    }

    // --- English: flooding in Ashford (one event, four stories) ---

    static final Article EN_FLOOD_1 = story("urn:test:en:flood-1", "en", 0, "life",
            "River Stour bursts its banks and floods Ashford town centre",
            "The River Stour burst its banks in Ashford early on Friday after two days of torrential rain, flooding "
                    + "the town centre and cutting off the railway station.",
            "Firefighters used boats to rescue residents trapped in homes near the river, and the Environment "
                    + "Agency issued a severe flood warning for the area.",
            "Kent County Council opened a rest centre at the leisure centre for families forced out of their homes.");
    static final Article EN_FLOOD_2 = story("urn:test:en:flood-2", "en", 5, "life",
            "Hundreds evacuated as Ashford flood waters keep rising",
            "Around 400 residents of Ashford were evacuated overnight as flood water from the River Stour kept "
                    + "rising, the Environment Agency said.",
            "Rescue crews went door to door in the streets closest to the river, and a second rest centre opened "
                    + "in a school hall. Forecasters expect more heavy rain over Kent on Saturday.",
            "Trains between Ashford and London were suspended because the tracks near the station are under water.");
    static final Article EN_FLOOD_3 = story("urn:test:en:flood-3", "en", 30, "business",
            "Insurers brace for Ashford flood claims",
            "Insurers expect thousands of claims after the River Stour flooded homes and shops in Ashford, with "
                    + "early estimates of the damage running into tens of millions of pounds.",
            "Shop owners in the flooded town centre said the water reached a metre inside their premises. The "
                    + "Association of British Insurers said loss adjusters were travelling to Kent.");
    static final Article EN_FLOOD_4 = story("urn:test:en:flood-4", "en", 50, "politics",
            "Government promises flood relief money for Ashford",
            "The government will pay for emergency repairs and support families whose homes were flooded when the "
                    + "River Stour burst its banks in Ashford, the environment secretary said on a visit to Kent.",
            "She met residents at the rest centre and promised that the Environment Agency would review the "
                    + "town's flood defences before next winter.");

    // --- English: the central bank raises interest rates (one event, three stories) ---

    static final Article EN_RATES_1 = story("urn:test:en:rates-1", "en", 2, "business",
            "Bank of England raises interest rates to 5.5%",
            "The Bank of England raised its base interest rate by a quarter point to 5.5% on Thursday, its "
                    + "highest level in fifteen years, as inflation stays well above its 2% target.",
            "The Monetary Policy Committee voted six to three for the rise. The governor said borrowing costs "
                    + "might have to stay high for some time.");
    static final Article EN_RATES_2 = story("urn:test:en:rates-2", "en", 8, "business",
            "Mortgage lenders pass on rate rise within hours",
            "Several of the largest mortgage lenders raised the rates on their fixed and tracker deals within hours "
                    + "of the Bank of England's interest rate decision.",
            "Homeowners coming off fixed deals face monthly repayments hundreds of pounds higher, brokers said, as "
                    + "the base rate reached 5.5%.");
    static final Article EN_RATES_3 = story("urn:test:en:rates-3", "en", 26, "business",
            "Pound rises after Bank of England signals rates will stay high",
            "Sterling rose against the dollar and the euro after the Bank of England raised interest rates and "
                    + "signalled that it was in no hurry to cut them while inflation is high.",
            "Traders now expect the base rate to stay at 5.5% until at least the middle of next year.");

    // --- English: unrelated stories ---

    static final Article EN_FROG = story("urn:test:en:frog", "en", 12, "life",
            "New species of glass frog found in Ecuadorian cloud forest",
            "Biologists have described a new species of glass frog from a cloud forest in the Andes of Ecuador. "
                    + "Its belly skin is transparent, so its heart and gut can be seen through it.",
            "The researchers recorded its call at night near mountain streams and say logging threatens the small "
                    + "patch of forest where it lives.");
    static final Article EN_CHESS = story("urn:test:en:chess", "en", 20, "sports",
            "Teenager wins national chess championship in sudden-death playoff",
            "A sixteen-year-old from Leeds won the national chess championship after beating the defending "
                    + "champion in a sudden-death blitz playoff.",
            "She had tied for first place after nine rounds of classical games and earns a place at the European "
                    + "individual championship next spring.");

    // --- Arabic: an earthquake in Agadir (one event, three stories) ---

    static final Article AR_QUAKE_1 = story("urn:test:ar:quake-1", "ar", 0, "life",
            "زلزال بقوة 6 درجات يضرب مدينة أكادير المغربية",
            "ضرب زلزال بقوة ست درجات على مقياس ريختر مدينة أكادير في جنوب المغرب فجر الأحد، وشعر به سكان "
                    + "المدن المجاورة، وفق المعهد الوطني للجيوفيزياء.",
            "وخرج آلاف السكان إلى الشوارع خوفا من الهزات الارتدادية، وأعلنت السلطات المحلية عن انهيار عدد من "
                    + "المنازل القديمة في الأحياء الشعبية.");
    static final Article AR_QUAKE_2 = story("urn:test:ar:quake-2", "ar", 6, "life",
            "ارتفاع حصيلة ضحايا زلزال أكادير وفرق الإنقاذ تواصل البحث",
            "ارتفعت حصيلة ضحايا الزلزال الذي ضرب أكادير إلى اثني عشر قتيلا وأكثر من مئة جريح، بحسب وزارة "
                    + "الداخلية المغربية.",
            "وتواصل فرق الإنقاذ والحماية المدنية البحث تحت أنقاض المنازل المنهارة، فيما نقل الجرحى إلى "
                    + "مستشفيات المدينة التي أعلنت حالة الطوارئ.");
    static final Article AR_QUAKE_3 = story("urn:test:ar:quake-3", "ar", 28, "politics",
            "الحكومة المغربية تعلن خطة لإعادة إعمار المنازل المتضررة من زلزال أكادير",
            "أعلنت الحكومة المغربية خطة لإعادة إعمار المنازل التي دمرها الزلزال في أكادير وتعويض الأسر "
                    + "المتضررة، بعد اجتماع طارئ ترأسه رئيس الحكومة.",
            "وقالت الحكومة إن الأسر التي فقدت منازلها ستتلقى مساعدة مالية عاجلة، وإن لجنة خاصة ستحصي الأضرار "
                    + "في الأحياء التي ضربها الزلزال.");

    // --- Arabic: unrelated stories ---

    static final Article AR_DATES = story("urn:test:ar:dates", "ar", 10, "business",
            "انطلاق موسم جني التمور في واحات توزر",
            "انطلق موسم جني التمور في واحات توزر بالجنوب التونسي، ويتوقع الفلاحون صابة وفيرة من دقلة النور "
                    + "هذا العام بفضل الأمطار.",
            "وقال مسؤولون في قطاع الفلاحة إن جزءا كبيرا من الإنتاج سيوجه إلى التصدير نحو الأسواق الأوروبية.");
    static final Article AR_FOOTBALL = story("urn:test:ar:football", "ar", 14, "sports",
            "الترجي يتأهل إلى نهائي كأس تونس لكرة القدم",
            "تأهل الترجي الرياضي إلى نهائي كأس تونس لكرة القدم بعد فوزه على النادي الصفاقسي بهدفين دون رد في "
                    + "ملعب رادس.",
            "وسجل المهاجم الهدفين في الشوط الثاني، وسيواجه الفريق في النهائي الفائز من مباراة الأحد.");

    /**
     * {@code count} articles in an invented vocabulary (language {@code und}), sharing no word with the stories: a
     * stand-in for the thousands of other articles of a real index, so that document frequencies, and so the
     * similarities, behave as they do there rather than in a ten-article index.
     */
    static List<Article> background(int count) {
        java.util.Random random = new java.util.Random(11);
        List<Article> articles = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int words = 60 + random.nextInt(80);
            for (int w = 0; w < words; w++) {
                text.append(" zq").append(Integer.toString(random.nextInt(6000), 26).replaceAll("[0-9]", "x"));
            }
            articles.add(story("urn:test:background:" + i, 1, "und", T0.minusSeconds(86_400L * random.nextInt(20)),
                    null, List.of(), "zqheadline" + i, text.toString().strip()));
        }
        return articles;
    }

    static List<Article> englishClusters() {
        return List.of(EN_FLOOD_1, EN_FLOOD_2, EN_FLOOD_3, EN_FLOOD_4, EN_RATES_1, EN_RATES_2, EN_RATES_3, EN_FROG,
                EN_CHESS);
    }

    static List<Article> arabicClusters() {
        return List.of(AR_QUAKE_1, AR_QUAKE_2, AR_QUAKE_3, AR_DATES, AR_FOOTBALL);
    }
}
