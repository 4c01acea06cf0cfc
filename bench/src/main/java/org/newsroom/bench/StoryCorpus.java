package org.newsroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic stories for the load: headlines and bodies of the labelled corpora under
 * {@code ../shared/corpus/classification/} (ANT, Arabic; BBC, English) read by path at run time and never copied,
 * so sizes and scripts are those of real news; synthetic stories of similar sizes where the corpora are absent.
 */
public final class StoryCorpus {

    private static final Pattern ANT_TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern ANT_TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    /**
     * Texts taken of each corpus: the short plan sends some 6,000 stories, which should be distinct texts, as most
     * stories on a wire are (an exact copy under another URI is a near-duplicate for enrich, checked by a cosine).
     */
    private static final int PER_CORPUS = 2_000;

    /** One text: its language, headline and body as ninjs {@code body_html}. */
    record Text(String language, String headline, String bodyHtml) {
    }

    private final List<Text> texts;
    private final String description;

    private StoryCorpus(List<Text> texts, String description) {
        this.texts = texts;
        this.description = description;
    }

    /**
     * @param classificationDir {@code ../shared/corpus/classification}; synthetic stories when it has no corpus
     */
    public static StoryCorpus load(Path classificationDir) throws IOException {
        List<Text> texts = new ArrayList<>();
        Path ant = classificationDir.resolve("ant-corpus-v1.1");
        Path bbc = classificationDir.resolve("bbc-news-articles");
        int arabic = Files.isDirectory(ant) ? readAnt(ant, texts) : 0;
        int english = Files.isDirectory(bbc) ? readBbc(bbc, texts) : 0;
        if (texts.isEmpty()) {
            return synthetic();
        }
        interleave(texts);
        return new StoryCorpus(List.copyOf(texts), arabic + " ANT (ar) + " + english + " BBC (en) texts from "
                + classificationDir);
    }

    /** @return generated stories, 60 % Arabic-script, bodies of 300 to 6,000 characters */
    public static StoryCorpus synthetic() {
        Random random = new Random(42);
        List<Text> texts = new ArrayList<>();
        String[] ar = {"أعلنت الحكومة خطة جديدة لدعم الاقتصاد", "فاز المنتخب بالمباراة النهائية",
            "حذرت الأرصاد من أمطار غزيرة", "وقعت الشركتان اتفاقية شراكة"};
        String[] en = {"The government announced a new plan for the economy", "The national team won the final",
            "Forecasters warned of heavy rain", "The two companies signed a partnership"};
        for (int i = 0; i < PER_CORPUS; i++) {
            String[] sentences = i % 5 < 3 ? ar : en;
            int length = 300 + random.nextInt(5_700);
            StringBuilder body = new StringBuilder();
            while (body.length() < length) {
                body.append("<p>").append(sentences[random.nextInt(sentences.length)]).append(". ")
                        .append(sentences[random.nextInt(sentences.length)]).append(".</p>");
            }
            texts.add(new Text(sentences == ar ? "ar" : "en", sentences[random.nextInt(sentences.length)] + " " + i,
                    body.toString()));
        }
        return new StoryCorpus(List.copyOf(texts), "synthetic (no corpus found)");
    }

    /** @return where the texts came from, for the report */
    public String description() {
        return description;
    }

    /** @return the mean body size in UTF-8 bytes */
    public double meanBodyBytes() {
        return texts.stream().mapToInt(t -> t.bodyHtml().getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }

    /** @return the URI of story {@code n} of a run phase */
    public static String uri(String prefix, long n) {
        return "urn:newsroom:demo:" + prefix + "-" + n;
    }

    /**
     * @param prefix the phase's URI prefix
     * @param n      the story's number in the phase
     * @param text   which corpus text it carries, modulo the corpus size: a run that numbers its texts across its
     *               phases repeats a text (a near-duplicate for enrich) only once it has used them all
     * @return story {@code n} of the phase {@code prefix}, as a ninjs 1.x document (version 1)
     */
    public String story(String prefix, long n, long text) {
        Text chosen = texts.get((int) Math.floorMod(text, (long) texts.size()));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("uri", uri(prefix, n));
        node.put("version", 1);
        node.put("versioncreated", Instant.now().toString());
        node.put("language", chosen.language());
        node.put("headline", chosen.headline());
        node.put("body_html", chosen.bodyHtml());
        return node.toString();
    }

    private static int readAnt(Path dir, List<Text> texts) throws IOException {
        List<Path> files = sample(dir);
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            Matcher title = ANT_TITLE.matcher(content);
            Matcher text = ANT_TEXT.matcher(content);
            if (title.find() && text.find() && hasLetters(title.group(1)) && hasLetters(text.group(1))) {
                texts.add(new Text("ar", title.group(1).strip(), paragraphs(text.group(1))));
            }
        }
        return files.size();
    }

    private static int readBbc(Path dir, List<Text> texts) throws IOException {
        List<Path> files = sample(dir);
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8).strip();
            int lineEnd = content.indexOf('\n');
            if (lineEnd > 0 && hasLetters(content.substring(0, lineEnd)) && hasLetters(content.substring(lineEnd))) {
                texts.add(new Text("en", content.substring(0, lineEnd).strip(), paragraphs(content.substring(lineEnd))));
            }
        }
        return files.size();
    }

    /** Every k-th .txt file of the corpus in path order, {@value #PER_CORPUS} at most: deterministic. */
    private static List<Path> sample(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        int step = Math.max(1, all.size() / PER_CORPUS);
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < all.size() && picked.size() < PER_CORPUS; i += step) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    /** Whether {@code text} has a letter: a headline of spaces, no-break spaces or direction marks is blank. */
    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Alternates the languages, so every phase sees the same mix. */
    private static void interleave(List<Text> texts) {
        List<Text> ar = texts.stream().filter(t -> t.language().equals("ar")).toList();
        List<Text> en = texts.stream().filter(t -> !t.language().equals("ar")).toList();
        texts.clear();
        for (int i = 0; i < Math.max(ar.size(), en.size()); i++) {
            if (i < ar.size()) {
                texts.add(ar.get(i));
            }
            if (i < en.size()) {
                texts.add(en.get(i));
            }
        }
    }
}
