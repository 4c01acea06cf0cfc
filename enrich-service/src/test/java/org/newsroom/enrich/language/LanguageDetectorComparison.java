package org.newsroom.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsroom.enrich.clean.BodyText;
import org.newsroom.enrich.section.training.ClassificationCorpora;
import org.newsroom.enrich.section.training.LabelledText;

/**
 * Compares OpenNLP's language detector with Lingua on our corpora: accuracy per corpus and language, ms/article,
 * model load time and heap. A measurement, not a test: run it by hand (see docs/architecture.md, "Language").
 * Argument: the {@code corpus/} folder (holding {@code classification/} and {@code wire/}).
 */
public final class LanguageDetectorComparison {

    private record Sample(String corpus, String language, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus");
        List<Sample> samples = samples(corpus);
        System.out.printf("samples: %d%n", samples.size());

        long t0 = System.nanoTime();
        long heap0 = usedHeap();
        OpenNlpLanguageDetector opennlp = OpenNlpLanguageDetector.load();
        report("opennlp langdetect-183 (first 1000 chars)", samples, t -> opennlp.detect(t, 1000).code(), t0, heap0);
        report("opennlp langdetect-183, second pass (JIT warm)", samples, t -> opennlp.detect(t, 1000).code(),
                System.nanoTime(), usedHeap());
        confidences(samples, opennlp);
        report("opennlp langdetect-183 (first 300 chars)", samples, t -> opennlp.detect(t, 300).code(),
                System.nanoTime(), usedHeap());
        report("opennlp langdetect-183 (first 150 chars)", samples, t -> opennlp.detect(t, 150).code(),
                System.nanoTime(), usedHeap());

        t0 = System.nanoTime();
        heap0 = usedHeap();
        LanguageDetector lingua9 = LanguageDetectorBuilder.fromLanguages(Language.ARABIC, Language.ENGLISH,
                Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.SWEDISH,
                Language.BOKMAL, Language.NYNORSK).withPreloadedLanguageModels().build();
        report("lingua 1.2.2, our 9 languages, preloaded", samples,
                t -> lingua9.detectLanguageOf(t).getIsoCode639_1().toString().toLowerCase(Locale.ROOT), t0, heap0);
        report("lingua 1.2.2, our 9 languages, second pass", samples,
                t -> lingua9.detectLanguageOf(t).getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                System.nanoTime(), usedHeap());

        t0 = System.nanoTime();
        heap0 = usedHeap();
        LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().build();
        report("lingua 1.2.2, all 75 languages, lazy models", samples,
                t -> lingua.detectLanguageOf(t).getIsoCode639_1().toString().toLowerCase(Locale.ROOT), t0, heap0);
    }

    private static void report(String name, List<Sample> samples, Function<String, String> detector, long t0,
                               long heap0) {
        detector.apply("warm up the detector with a first short text");
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Map<String, int[]> counts = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Sample sample : samples) {
            String detected = detector.apply(sample.text());
            int[] c = counts.computeIfAbsent(sample.corpus() + " " + sample.language(), k -> new int[2]);
            c[1]++;
            if (sameLanguage(detected, sample.language())) {
                c[0]++;
            } else if (sample.corpus().startsWith("wire")) {
                System.out.printf("  miss %s→%s: %.60s%n", sample.language(), detected, sample.text());
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / samples.size();
        System.out.printf("%n== %s: first call after load %.0f ms, heap +%d MB, %.3f ms/article%n", name, loadMs,
                (usedHeap() - heap0) >> 20, ms);
        counts.forEach((key, c) -> System.out.printf("  %-28s %5d/%-5d %.3f%n", key, c[0], c[1], c[0] / (double) c[1]));
    }

    private static void confidences(List<Sample> samples, OpenNlpLanguageDetector detector) {
        List<Double> right = new ArrayList<>();
        List<Double> wrong = new ArrayList<>();
        for (Sample sample : samples) {
            Detection d = detector.detect(sample.text(), 1000);
            (sameLanguage(d.code(), sample.language()) ? right : wrong).add(d.confidence());
        }
        right.sort(null);
        wrong.sort(null);
        System.out.printf("  opennlp confidence when right: p5 %.3f median %.3f; when wrong: %s%n",
                right.get(right.size() / 20), right.get(right.size() / 2), wrong);
    }

    private static boolean sameLanguage(String detected, String expected) {
        return LanguageFamily.same(detected, expected);
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Sample> samples(Path corpus) throws Exception {
        List<Sample> samples = new ArrayList<>();
        Path classification = corpus.resolve("classification");
        for (String name : List.of(ClassificationCorpora.ANT, ClassificationCorpora.BBC, ClassificationCorpora.MEWSC)) {
            List<LabelledText> items = ClassificationCorpora.read(classification, name);
            for (int i = 0; i < items.size(); i += Math.max(1, items.size() / 600)) {
                LabelledText item = items.get(i);
                samples.add(new Sample(name, item.language(), item.text()));
            }
        }
        Path wire = corpus.resolve("wire");
        feedItems(samples, wire.resolve("rss-parser__guardian.rss"), "en");
        feedItems(samples, wire.resolve("rss-parser__heise.atom"), "de");
        feedItems(samples, wire.resolve("rss-parser__uolNoticias.rss"), "pt");
        feedItems(samples, wire.resolve("rss-parser__encoding.rss"), "pt");
        document(samples, wire.resolve("iptc-newsinjson__2.0__dpa_text.json"), "de");
        document(samples, wire.resolve("iptc-newsinjson__2.1__tt_text_image_2.json"), "sv");
        document(samples, wire.resolve("superdesk-core__nitf-ntb.xml"), "nb");
        document(samples, wire.resolve("superdesk-core__efe_nitf.xml"), "en"); // EFE's English service
        document(samples, wire.resolve("superdesk-core__ap-nitf.xml"), "en");
        document(samples, Path.of("../samples/fr-football-coupe.ninjs.json"), "fr");
        document(samples, Path.of("../samples/seed-ar-russia-nato.ninjs.json"), "ar");
        return samples;
    }

    private static void feedItems(List<Sample> samples, Path file, String language) throws Exception {
        if (!Files.exists(file)) {
            return;
        }
        Document feed = Jsoup.parse(file.toFile(), null, "", Parser.xmlParser());
        for (Element item : feed.select("item, entry")) {
            String text = item.select("title").text() + ". "
                    + BodyText.of(item.select("description, summary, content").text());
            if (text.length() > 40) {
                samples.add(new Sample("wire-feed", language, text));
            }
        }
    }

    private static void document(List<Sample> samples, Path file, String language) throws Exception {
        if (!Files.exists(file)) {
            return;
        }
        String text;
        if (file.toString().endsWith(".json")) {
            var json = org.newsroom.events.ArticleCodec.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            StringBuilder bodies = new StringBuilder(json.path("body_html").asString(""));
            json.path("bodies").forEach(body -> bodies.append(' ').append(body.path("value").asString("")));
            text = BodyText.of(bodies.toString());
        } else {
            text = Jsoup.parse(file.toFile(), null, "", Parser.xmlParser()).select("body").text();
        }
        samples.add(new Sample("wire-doc", language, text.strip()));
    }
}
