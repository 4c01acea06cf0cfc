package org.newsroom.enrich.section.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Readers of the labelled corpora in {@code corpus/classification/} (each folder's README gives its source, licence
 * and the suggested label → section mapping that the maps below follow):
 * <ul>
 *   <li>{@value #ANT}: ANT Corpus v1.1, Arabic, Apache-2.0 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017);
 *       {@code localNews} mixes topics and maps to no section;</li>
 *   <li>{@value #MEWSC}: MewsC-16 Wikinews sentences, English and Arabic, CC BY 2.5 (Nishikawa et al., NAACL 2022);
 *       crime and disaster labels map to no section; Arabic category-markup lines are dropped;</li>
 *   <li>{@value #BBC}: BBC news (Greene &amp; Cunningham, ICML 2006), English, © BBC, evaluation only.</li>
 * </ul>
 * Each corpus is read {@linkplain #distinct distinct}: an item whose text repeats another's (ANT has 91 such copies,
 * e.g. one story filed twice) is read once, so no copy can sit in training while its twin is held out; texts filed
 * under labels of different sections (ANT: six phone stories in both culture and technology) are contradictory gold
 * and are left out.
 */
public final class ClassificationCorpora {

    /** Folder of the ANT corpus. */
    public static final String ANT = "ant-corpus-v1.1";
    /** Folder of the BBC corpus. */
    public static final String BBC = "bbc-news-articles";
    /** Folder of MewsC-16. */
    public static final String MEWSC = "mewsc16-wikinews";

    static final Map<String, String> ANT_SECTIONS = Map.of("politic", "politics", "internationalNews", "politics",
            "economy", "business", "technology", "technology", "sport", "sports", "society", "life", "culture", "life",
            "diverse", "life");
    static final Map<String, String> BBC_SECTIONS = Map.of("politics", "politics", "business", "business",
            "tech", "technology", "sport", "sports", "entertainment", "life");
    static final Map<String, String> MEWSC_SECTIONS = Map.ofEntries(
            Map.entry("Politics and conflicts", "politics"), Map.entry("Economy and business", "business"),
            Map.entry("Science and technology", "technology"), Map.entry("Sports", "sports"),
            Map.entry("Culture and entertainment", "life"), Map.entry("Health", "life"),
            Map.entry("Environment", "life"), Map.entry("Education", "life"), Map.entry("Weather", "life"),
            Map.entry("Media", "life"), Map.entry("Obituaries", "life"),
            Map.entry("سياسة", "politics"), Map.entry("اقتصاد", "business"), Map.entry("علوم وتقنية", "technology"),
            Map.entry("رياضة", "sports"), Map.entry("ثقافة", "life"), Map.entry("صحة", "life"),
            Map.entry("بيئة", "life"), Map.entry("طقس", "life"), Map.entry("إعلام", "life"),
            Map.entry("وفيات", "life"));

    private static final Pattern ANT_FIELD = Pattern.compile("<(TITLE|ABSTRACT|TEXT)>(.*?)</\\1>", Pattern.DOTALL);
    private static final int MIN_SENTENCE_CHARS = 30;
    private static final Pattern MARKS = Pattern.compile("[\\u0640\\u064B-\\u0652]"); // tatweel, harakat
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private ClassificationCorpora() {
    }

    /**
     * @param root a {@code classification/} folder
     * @param corpus one of {@link #ANT}, {@link #BBC}, {@link #MEWSC}
     * @return its {@linkplain #distinct distinct} items in a stable order; empty when the folder is absent
     * @throws UncheckedIOException when a file cannot be read
     */
    public static List<LabelledText> read(Path root, String corpus) {
        return distinct(readAll(root, corpus)).items();
    }

    /**
     * Items of a corpus after {@link #distinct}, with what was dropped.
     *
     * @param items         the distinct items, in corpus order
     * @param copies        items dropped as a copy of an earlier one with the same section (or both unmapped)
     * @param contradictory items dropped because the same text carries labels of different sections
     */
    public record Distinct(List<LabelledText> items, int copies, int contradictory) {
    }

    /**
     * Drops repeated texts: texts are the same when they are equal after removing punctuation, symbols, Arabic
     * diacritics and tatweel, and collapsing white space. The first of a group is kept when all its labels map to one
     * section (or none); the whole group is dropped when they map to different ones.
     *
     * @param items items of one corpus, in a stable order
     * @return the distinct items, in the same order, and the counts dropped
     */
    public static Distinct distinct(List<LabelledText> items) {
        Map<String, List<LabelledText>> groups = new LinkedHashMap<>();
        for (LabelledText item : items) {
            String key = SEPARATORS.matcher(MARKS.matcher(item.text()).replaceAll("")).replaceAll(" ").strip();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<LabelledText> kept = new ArrayList<>();
        int copies = 0;
        int contradictory = 0;
        for (List<LabelledText> group : groups.values()) {
            if (group.stream().map(item -> String.valueOf(item.section())).distinct().count() > 1) {
                contradictory += group.size();
            } else {
                kept.add(group.get(0));
                copies += group.size() - 1;
            }
        }
        return new Distinct(List.copyOf(kept), copies, contradictory);
    }

    /**
     * @param root a {@code classification/} folder
     * @param corpus one of {@link #ANT}, {@link #BBC}, {@link #MEWSC}
     * @return every item of the corpus, copies included, in a stable order; empty when the folder is absent
     * @throws UncheckedIOException when a file cannot be read
     */
    public static List<LabelledText> readAll(Path root, String corpus) {
        Path dir = root.resolve(corpus);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return switch (corpus) {
            case ANT -> ant(dir);
            case BBC -> bbc(dir);
            case MEWSC -> {
                List<LabelledText> items = new ArrayList<>(mewsc(dir, "en"));
                items.addAll(mewsc(dir, "ar"));
                yield items;
            }
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    private static List<LabelledText> ant(Path dir) {
        List<LabelledText> items = new ArrayList<>();
        for (Path file : files(dir)) {
            String label = file.getParent().getFileName().toString();
            StringBuilder text = new StringBuilder();
            Matcher field = ANT_FIELD.matcher(readString(file));
            while (field.find()) {
                text.append(field.group(2).strip()).append("\n\n");
            }
            items.add(new LabelledText(ANT, dir.relativize(file).toString(), "ar", label, ANT_SECTIONS.get(label),
                    text.toString().strip()));
        }
        return items;
    }

    private static List<LabelledText> bbc(Path dir) {
        List<LabelledText> items = new ArrayList<>();
        for (Path file : files(dir.resolve("news"))) {
            String label = file.getParent().getFileName().toString();
            items.add(new LabelledText(BBC, dir.relativize(file).toString(), "en", label, BBC_SECTIONS.get(label),
                    readString(file).strip()));
        }
        return items;
    }

    private static List<LabelledText> mewsc(Path dir, String language) {
        List<String> sentences = lines(dir.resolve(language + "_sentences.txt"));
        List<String> labels = lines(dir.resolve(language + "_categories.txt"));
        List<LabelledText> items = new ArrayList<>();
        for (int i = 0; i < Math.min(sentences.size(), labels.size()); i++) {
            String sentence = sentences.get(i).strip();
            if (sentence.length() < MIN_SENTENCE_CHARS || sentence.contains("تصنيف:")) {
                continue;
            }
            String label = labels.get(i).strip();
            items.add(new LabelledText(MEWSC, language + ":" + (i + 1), language, label, MEWSC_SECTIONS.get(label),
                    sentence));
        }
        return items;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        return Files.exists(file) ? List.of(readString(file).split("\n", -1)) : List.of();
    }
}
