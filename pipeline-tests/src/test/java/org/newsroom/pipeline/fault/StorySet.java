package org.newsroom.pipeline.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic set of ninjs 1.x stories, the same for the same prefix, size and seed: several languages (Arabic,
 * English, French, German, Spanish), one to four versions of a URI sent in shuffled order (so older versions often
 * arrive after newer ones), and kills — some followed by a late older version and some by a newer one, neither of
 * which may bring the story back. The expected end state is computed from the set, independently of the order in
 * which it is delivered.
 */
final class StorySet {

    /** One push to the ingest API. */
    record Submission(String uri, long version, boolean kill, String json) {
    }

    private static final Instant BASE_TIME = Instant.parse("2026-11-30T06:00:00Z");
    private static final String[] LANGUAGES = {"ar", "ar", "en", "en", "fr", "de", "es"};
    private static final String[] MEDTOPICS = {"11000000", "04000000", "13000000", "15000000", "10000000", "16000000"};

    private static final Map<String, String[]> SENTENCES = Map.of(
            "ar", new String[] {
                "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.",
                "قال وزير الاقتصاد إن معدل التضخم انخفض للشهر الثالث على التوالي.",
                "فاز المنتخب الوطني بالمباراة النهائية بعد ركلات الترجيح.",
                "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح الخميس.",
                "حذرت الأرصاد الجوية من أمطار غزيرة على السواحل الشمالية.",
                "وقعت الشركتان اتفاقية شراكة لتطوير شبكات الاتصالات."},
            "en", new String[] {
                "The government announced a new plan to support farmers in rural areas.",
                "The economy minister said inflation fell for the third month in a row.",
                "The national team won the final after a penalty shoot-out.",
                "The international book fair opened its doors to visitors on Thursday.",
                "Forecasters warned of heavy rain along the northern coast.",
                "The two companies signed a partnership to build telecom networks."},
            "fr", new String[] {
                "Le gouvernement a annoncé un nouveau plan de soutien aux agriculteurs.",
                "Le ministre de l'économie a déclaré que l'inflation a baissé pour le troisième mois.",
                "L'équipe nationale a remporté la finale aux tirs au but.",
                "Le salon international du livre a ouvert ses portes jeudi."},
            "de", new String[] {
                "Die Regierung kündigte einen neuen Plan zur Unterstützung der Landwirte an.",
                "Der Wirtschaftsminister sagte, die Inflation sei den dritten Monat in Folge gesunken.",
                "Die Nationalmannschaft gewann das Finale im Elfmeterschießen.",
                "Die internationale Buchmesse öffnete am Donnerstag ihre Türen."},
            "es", new String[] {
                "El gobierno anunció un nuevo plan de apoyo a los agricultores.",
                "El ministro de economía dijo que la inflación bajó por tercer mes consecutivo.",
                "La selección nacional ganó la final en la tanda de penaltis.",
                "La feria internacional del libro abrió sus puertas el jueves."});

    private final List<Submission> submissions;
    private final Map<String, Long> expectedLive;
    private final Set<String> killed;

    private StorySet(List<Submission> submissions, Map<String, Long> expectedLive, Set<String> killed) {
        this.submissions = submissions;
        this.expectedLive = expectedLive;
        this.killed = killed;
    }

    /**
     * @param prefix a prefix unique to the test, part of every URI ({@code urn:newsroom:demo:<prefix>-<n>})
     * @param uris   how many distinct URIs
     * @param seed   the random seed: the same seed gives the same set
     */
    static StorySet generate(String prefix, int uris, long seed) {
        Random random = new Random(seed);
        List<Submission> all = new ArrayList<>();
        Map<String, Long> live = new LinkedHashMap<>();
        Set<String> killed = new LinkedHashSet<>();
        for (int n = 0; n < uris; n++) {
            String uri = uriOf(prefix, n);
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            int roll = random.nextInt(100);
            int versions = roll < 55 ? 1 : roll < 78 ? 2 : roll < 92 ? 3 : 4;
            for (int v = 1; v <= versions; v++) {
                all.add(new Submission(uri, v, false, story(uri, v, language, random)));
            }
            if (random.nextInt(100) < 12) {
                long kill = versions + 1;
                all.add(new Submission(uri, kill, true, kill(uri, kill)));
                if (random.nextBoolean()) {
                    // a newer version after the kill: a kill is final
                    all.add(new Submission(uri, kill + 1, false, story(uri, kill + 1, language, random)));
                }
                killed.add(uri);
            } else {
                live.put(uri, (long) versions);
            }
        }
        Collections.shuffle(all, random);
        return new StorySet(List.copyOf(all), Collections.unmodifiableMap(live), Collections.unmodifiableSet(killed));
    }

    /** @return the URI of story {@code n} of the set with {@code prefix} */
    static String uriOf(String prefix, int n) {
        return "urn:newsroom:demo:" + prefix + "-" + n;
    }

    /** @return the common start of every URI of the set with {@code prefix} */
    static String uriPrefix(String prefix) {
        return "urn:newsroom:demo:" + prefix + "-";
    }

    /** @return every push, in the order to send them */
    List<Submission> submissions() {
        return submissions;
    }

    /** @return each live URI with the newest version that must be indexed */
    Map<String, Long> expectedLive() {
        return expectedLive;
    }

    /** @return the killed URIs, which must not be on the site whatever arrived after the kill */
    Set<String> killed() {
        return killed;
    }

    private static String story(String uri, long version, String language, Random random) {
        String[] sentences = SENTENCES.get(language);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("uri", uri);
        if (random.nextInt(4) == 0) {
            node.put("version", Long.toString(version)); // agencies send it as a string too
        } else {
            node.put("version", version);
        }
        node.put("versioncreated", BASE_TIME.plusSeconds(60 * version).toString());
        node.put("firstcreated", BASE_TIME.toString());
        node.put("language", language);
        node.put("urgency", 1 + random.nextInt(9));
        node.put("headline", sentences[random.nextInt(sentences.length)].replaceAll("[.]$", "") + " (" + version + ")");
        StringBuilder body = new StringBuilder();
        int paragraphs = 1 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>").append(sentences[random.nextInt(sentences.length)]).append(' ')
                    .append(sentences[random.nextInt(sentences.length)]).append("</p>");
        }
        node.put("body_html", body.toString());
        String code = MEDTOPICS[random.nextInt(MEDTOPICS.length)];
        node.putArray("subject").addObject()
                .put("code", "medtop:" + code)
                .put("uri", "http://cv.iptc.org/newscodes/mediatopic/" + code);
        return node.toString();
    }

    private static String kill(String uri, long version) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("uri", uri);
        node.put("version", version);
        node.put("versioncreated", BASE_TIME.plusSeconds(60 * version).toString());
        node.put("pubstatus", "canceled");
        return node.toString();
    }
}
