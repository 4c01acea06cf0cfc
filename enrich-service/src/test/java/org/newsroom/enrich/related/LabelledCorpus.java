package org.newsroom.enrich.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsroom.events.Article;

/**
 * Readers of the labelled corpora in {@code shared/corpus/classification/} (not part of the project: read by path,
 * never copied): ANT v1.1 (Arabic, Chouigui et al., AICCSA 2017) and the BBC news articles (English, Greene &amp;
 * Cunningham, ICML 2006).
 */
final class LabelledCorpus {

    /** One labelled article as an enriched, usable {@link Article}. */
    record Labelled(String label, Article article) {
    }

    private static final Pattern TAG = Pattern.compile("<(TITLE|TEXT|DOCNO)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern DOC_DATE = Pattern.compile("-(\\d{8})$");
    private static final Instant BBC_START = Instant.parse("2005-01-01T00:00:00Z");

    private static final LocalDate DEFAULT_DAY = LocalDate.of(2017, 1, 1);

    private LabelledCorpus() {
    }

    /** A DOCNO date: {@code yyyyMMdd}, or {@code ddMMyyyy} in some files. */
    private static LocalDate day(String digits) {
        for (String pattern : new String[] {"yyyyMMdd", "ddMMyyyy"}) {
            try {
                return LocalDate.parse(digits, DateTimeFormatter.ofPattern(pattern));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next layout
            }
        }
        return DEFAULT_DAY;
    }

    /**
     * ANT: {@code <label>/<docno>.txt} with TREC-like tags; the date is the DOCNO's {@code yyyyMMdd} suffix at noon
     * UTC, plus the file's index in minutes so that stories of one day are apart.
     */
    static List<Labelled> ant(Path dir) {
        List<Labelled> articles = new ArrayList<>();
        try (Stream<Path> labels = Files.list(dir)) {
            for (Path label : labels.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(label)) {
                    int i = 0;
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        String raw = Files.readString(file, StandardCharsets.UTF_8);
                        String docno = file.getFileName().toString().replace(".txt", "");
                        String title = "";
                        String text = "";
                        Matcher matcher = TAG.matcher(raw);
                        while (matcher.find()) {
                            if (matcher.group(1).equals("TITLE")) {
                                title = matcher.group(2).strip();
                            } else if (matcher.group(1).equals("TEXT")) {
                                text = matcher.group(2).strip();
                            }
                        }
                        Matcher date = DOC_DATE.matcher(docno);
                        Instant time = (date.find() ? day(date.group(1)) : DEFAULT_DAY).atTime(12, 0)
                                .toInstant(ZoneOffset.UTC).plusSeconds(60L * (i++ % 600));
                        if (!title.isEmpty() && !text.isEmpty()) {
                            articles.add(new Labelled(label.getFileName().toString(),
                                    Stories.story("urn:eval:ant:" + docno, 1, "ar", time, null, List.of(), title,
                                            text.split("\\n+"))));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ANT corpus in " + dir, e);
        }
        return articles;
    }

    /**
     * BBC: {@code news/<label>/<slug>.txt}, headline on line 1, then paragraphs. The files carry no date; each gets
     * one spread over 28 days (the set spans 2004–2005), in file order within its label, interleaved.
     */
    static List<Labelled> bbc(Path dir) {
        List<Labelled> articles = new ArrayList<>();
        try (Stream<Path> labels = Files.list(dir.resolve("news"))) {
            List<Path> files = new ArrayList<>();
            for (Path label : labels.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> each = Files.list(label)) {
                    files.addAll(each.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
                }
            }
            long step = 28L * 86_400 / Math.max(1, files.size());
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (lines.size() < 2) {
                    continue;
                }
                String slug = file.getParent().getFileName() + "/" + file.getFileName().toString().replace(".txt", "");
                // interleave labels in time: the i-th file of the sorted list gets a pseudo-random slot
                long slot = Math.floorMod((long) i * 7919, files.size());
                articles.add(new Labelled(file.getParent().getFileName().toString(),
                        Stories.story("urn:eval:bbc:" + slug, 1, "en", BBC_START.plusSeconds(slot * step), null,
                                List.of(), lines.get(0), lines.subList(1, lines.size()).toArray(String[]::new))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BBC corpus in " + dir, e);
        }
        return articles;
    }
}
