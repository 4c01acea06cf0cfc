package org.newsroom.enrich.section;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The section classifier: one model per language, each an L2-regularized logistic regression, one-vs-rest
 * (LIBLINEAR, Fan et al., "LIBLINEAR: A Library for Large Linear Classification", JMLR 9, 2008; Java port
 * {@code de.bwaldvogel:liblinear}) over {@link SectionTokenizer} features weighted by tf-idf (sublinear tf
 * {@code 1 + ln tf}, smoothed idf {@code 1 + ln((1 + N) / (1 + df))}, L2-normalized). A model per language keeps each
 * language's class priors (bias) and class weights its own: in one joint model the English sentences' priors and
 * weights pulled Arabic technology articles away (ANT cross-validated macro-F1 0.866 joint, 0.889 per language). An
 * article of a language without a model goes to the fallback model (the one trained on the most examples).
 *
 * <p>The classes a model learns are the examples' {@linkplain Example#label labels} (e.g. the corpus's own labels,
 * several to a section); a section's probability is the sum of its labels'. Learning ANT's labels rather than the
 * sections they map to lets a class be one coherent kind of story (world news apart from Tunisian politics, oddities
 * apart from society): ANT macro-F1 0.880 → 0.889 in 5-fold cross-validation. Label probabilities are the
 * one-vs-rest logistic outputs normalized to sum to 1, as LIBLINEAR's {@code predict_probability}. Immutable and
 * thread-safe.
 *
 * <p>Model file: gzip of {@code "NRSC"}, format version 3, the fallback language, the number of language models, and
 * per model its language, section names, labels with the index of their section, vocabulary with idf, and float32
 * weights (vocabulary + bias row × labels).
 */
public final class SectionClassifier {

    /** Classpath location of the shipped default model; its provenance is beside it ({@code .provenance.md}). */
    public static final String BUNDLED_MODEL = "/org/newsroom/enrich/section/section-model.bin";

    private static final int MAGIC = 0x4E525343; // "NRSC"
    private static final int FORMAT = 3;

    private final Map<String, LanguageModel> models;
    private final String fallback;

    private SectionClassifier(Map<String, LanguageModel> models, String fallback) {
        this.models = models;
        this.fallback = fallback;
    }

    /**
     * Training settings.
     *
     * @param c                LIBLINEAR's cost C (inverse regularization strength), e.g. 20
     * @param minDocumentFreq  features in fewer documents than this are dropped (keeps the model small), e.g. 3
     * @param classWeightPower class weights are {@code (N / (K · n_label))^power} within each language (K labels):
     *                         0 unweighted, 1 fully balanced
     */
    public record Training(double c, int minDocumentFreq, double classWeightPower) {
    }

    /**
     * One training example.
     *
     * @param section  its section
     * @param language BCP 47 primary tag of its text (the model it trains), lower case
     * @param features from {@link SectionTokenizer#features} with that language
     * @param label    the class the model learns, which must map to one section within a language (e.g.
     *                 {@code ant:internationalNews} for politics)
     */
    public record Example(String section, String language, String[] features, String label) {

        /** An example whose label is its section. */
        public Example(String section, String language, String[] features) {
            this(section, language, features, section);
        }
    }

    /**
     * @param path a model file written by {@link #write(OutputStream)}; null or blank loads the bundled model
     * @throws UncheckedIOException when the model is missing, unreadable or not a section model
     */
    public static SectionClassifier load(String path) {
        String where = path == null || path.isBlank() ? "classpath:" + BUNDLED_MODEL : path;
        try (InputStream raw = path == null || path.isBlank()
                ? SectionClassifier.class.getResourceAsStream(BUNDLED_MODEL) : Files.newInputStream(Path.of(path))) {
            if (raw == null) {
                throw new IOException("not found");
            }
            return read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load section model " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Trains one model per language of the examples; a language whose examples have fewer than two sections gets no
     * model of its own (its articles go to the fallback model).
     *
     * @param examples examples of at least two sections in at least one language
     * @param training settings
     * @throws IllegalArgumentException when no language has examples of two sections, or a label maps to two
     *                                  sections within a language
     */
    public static SectionClassifier train(List<Example> examples, Training training) {
        Map<String, List<Example>> byLanguage = new TreeMap<>();
        examples.forEach(e -> byLanguage.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(e));
        Map<String, LanguageModel> models = new TreeMap<>();
        String fallback = null;
        for (Map.Entry<String, List<Example>> language : byLanguage.entrySet()) {
            List<Example> own = language.getValue();
            if (own.stream().map(Example::section).distinct().count() < 2) {
                continue;
            }
            models.put(language.getKey(), LanguageModel.train(own, training));
            if (fallback == null || own.size() > byLanguage.get(fallback).size()) {
                fallback = language.getKey();
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("training needs examples of at least two sections in one language, got "
                    + new TreeSet<>(examples.stream().map(e -> e.language() + ":" + e.section()).toList()));
        }
        return new SectionClassifier(Map.copyOf(models), fallback);
    }

    /**
     * @param text     plain text (headline and body)
     * @param language BCP 47 primary tag, choosing the analyzer; may be null
     * @return the prediction; never null
     */
    public SectionPrediction classify(String text, String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return models.getOrDefault(tag, models.get(fallback)).classify(SectionTokenizer.features(text, language));
    }

    /** @return the languages that have a model of their own, sorted */
    public List<String> languages() {
        return List.copyOf(new TreeSet<>(models.keySet()));
    }

    /** @return the sections any model predicts, sorted */
    public List<String> sections() {
        TreeSet<String> all = new TreeSet<>();
        models.values().forEach(model -> all.addAll(List.of(model.sections)));
        return List.copyOf(all);
    }

    /**
     * @param out where the model goes (gzip); not closed, but the gzip stream is finished
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip));
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(fallback);
        data.writeInt(models.size());
        for (String language : languages()) {
            data.writeUTF(language);
            models.get(language).write(data);
        }
        data.flush();
        gzip.finish();
    }

    private static SectionClassifier read(DataInputStream data) throws IOException {
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a section model of format " + FORMAT + " (retrain with ./newsroom train)");
        }
        String fallback = data.readUTF();
        int count = data.readInt();
        Map<String, LanguageModel> models = new HashMap<>();
        for (int i = 0; i < count; i++) {
            models.put(data.readUTF(), LanguageModel.read(data));
        }
        if (!models.containsKey(fallback)) {
            throw new IOException("fallback language " + fallback + " has no model");
        }
        return new SectionClassifier(Map.copyOf(models), fallback);
    }

    /** One language's linear model: its sections, labels and their sections, vocabulary with idf, and weights. */
    private static final class LanguageModel {

        private final String[] sections;
        private final String[] labels;
        private final int[] sectionOfLabel; // index into sections
        private final Map<String, Integer> vocabulary;
        private final float[] idf;
        private final float[] weights; // [column * labels + label]; column vocabulary.size() is the bias

        private LanguageModel(String[] sections, String[] labels, int[] sectionOfLabel, Map<String, Integer> vocabulary,
                              float[] idf, float[] weights) {
            this.sections = sections;
            this.labels = labels;
            this.sectionOfLabel = sectionOfLabel;
            this.vocabulary = vocabulary;
            this.idf = idf;
            this.weights = weights;
        }

        static LanguageModel train(List<Example> examples, Training training) {
            String[] sections = new TreeSet<>(examples.stream().map(Example::section).toList()).toArray(String[]::new);
            Map<String, String> sectionByLabel = new TreeMap<>();
            for (Example example : examples) {
                String before = sectionByLabel.putIfAbsent(example.label(), example.section());
                if (before != null && !before.equals(example.section())) {
                    throw new IllegalArgumentException("label " + example.label() + " of language "
                            + example.language() + " maps to two sections: " + before + " and " + example.section());
                }
            }
            String[] labels = sectionByLabel.keySet().toArray(String[]::new);
            int[] sectionOfLabel = new int[labels.length];
            for (int j = 0; j < labels.length; j++) {
                sectionOfLabel[j] = Arrays.binarySearch(sections, sectionByLabel.get(labels[j]));
            }
            Map<String, Integer> documentFreq = new HashMap<>();
            for (Example example : examples) {
                for (String feature : new TreeSet<>(Arrays.asList(example.features()))) {
                    documentFreq.merge(feature, 1, Integer::sum);
                }
            }
            Map<String, Integer> vocabulary = new HashMap<>();
            List<Float> idfs = new ArrayList<>();
            documentFreq.entrySet().stream().filter(e -> e.getValue() >= training.minDocumentFreq())
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                        vocabulary.put(e.getKey(), vocabulary.size());
                        idfs.add((float) (1 + Math.log((1.0 + examples.size()) / (1.0 + e.getValue()))));
                    });
            float[] idf = new float[idfs.size()];
            for (int i = 0; i < idf.length; i++) {
                idf[i] = idfs.get(i);
            }
            LanguageModel untrained = new LanguageModel(sections, labels, sectionOfLabel, vocabulary, idf, new float[0]);

            Problem problem = new Problem();
            problem.l = examples.size();
            problem.n = vocabulary.size() + 1;
            problem.bias = 1;
            problem.x = new Feature[examples.size()][];
            problem.y = new double[examples.size()];
            int[] perClass = new int[labels.length];
            for (int i = 0; i < examples.size(); i++) {
                Example example = examples.get(i);
                int label = Arrays.binarySearch(labels, example.label());
                perClass[label]++;
                problem.y[i] = label;
                problem.x[i] = untrained.vector(example.features());
            }
            Parameter parameter = new Parameter(SolverType.L2R_LR, training.c(), 0.01);
            int[] classes = new int[labels.length];
            double[] classWeights = new double[labels.length];
            for (int k = 0; k < labels.length; k++) {
                classes[k] = k;
                classWeights[k] = Math.pow(examples.size() / (double) (labels.length * perClass[k]),
                        training.classWeightPower());
            }
            parameter.setWeights(classWeights, classes);
            Linear.disableDebugOutput();
            Model model = Linear.train(problem, parameter);
            return new LanguageModel(sections, labels, sectionOfLabel, vocabulary, idf,
                    weights(model, labels.length, problem.n));
        }

        private static float[] weights(Model model, int classes, int columns) {
            double[] w = model.getFeatureWeights();
            int[] modelLabels = model.getLabels();
            float[] weights = new float[columns * classes];
            boolean binary = modelLabels.length == 2; // LIBLINEAR keeps one vector for two classes
            for (int column = 0; column < columns; column++) {
                for (int j = 0; j < modelLabels.length; j++) {
                    double weight = binary ? (j == 0 ? w[column] : -w[column]) : w[column * modelLabels.length + j];
                    weights[column * classes + modelLabels[j]] = (float) weight;
                }
            }
            return weights;
        }

        /** @return the prediction for features from {@link SectionTokenizer#features} of this model's language */
        SectionPrediction classify(String[] features) {
            int classes = labels.length;
            double[] decision = new double[classes];
            int bias = vocabulary.size() * classes;
            for (int k = 0; k < classes; k++) {
                decision[k] = weights[bias + k];
            }
            Counts counts = counts(features);
            for (int i = 0; i < counts.size; i++) {
                int offset = counts.columns[i] * classes;
                double value = counts.values[i];
                for (int k = 0; k < classes; k++) {
                    decision[k] += weights[offset + k] * value;
                }
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                decision[k] = 1 / (1 + Math.exp(-decision[k]));
                sum += decision[k];
            }
            double[] section = new double[sections.length];
            for (int k = 0; k < classes; k++) {
                section[sectionOfLabel[k]] += decision[k] / sum;
            }
            Integer[] order = new Integer[sections.length];
            for (int s = 0; s < sections.length; s++) {
                order[s] = s;
            }
            Arrays.sort(order, (a, b) -> Double.compare(section[b], section[a]));
            Map<String, Double> probabilities = new LinkedHashMap<>();
            for (int s : order) {
                probabilities.put(sections[s], section[s]);
            }
            return new SectionPrediction(sections[order[0]], section[order[0]], probabilities);
        }

        /** The distinct known columns (0-based, ascending) of some features and their tf-idf values, L2-normalized. */
        private record Counts(int[] columns, double[] values, int size) {
        }

        private Counts counts(String[] features) {
            int[] all = new int[features.length];
            int known = 0;
            for (String feature : features) {
                Integer column = vocabulary.get(feature);
                if (column != null) {
                    all[known++] = column;
                }
            }
            Arrays.sort(all, 0, known);
            int[] columns = new int[known];
            double[] values = new double[known];
            int size = 0;
            double norm = 0;
            for (int i = 0; i < known; ) {
                int j = i;
                while (j < known && all[j] == all[i]) {
                    j++;
                }
                columns[size] = all[i];
                values[size] = (1 + Math.log(j - i)) * idf[all[i]];
                norm += values[size] * values[size];
                size++;
                i = j;
            }
            norm = norm == 0 ? 1 : Math.sqrt(norm);
            for (int i = 0; i < size; i++) {
                values[i] /= norm;
            }
            return new Counts(columns, values, size);
        }

        /** tf-idf, L2-normalized, sorted by index (1-based), with the bias node last. */
        private Feature[] vector(String[] features) {
            Counts counts = counts(features);
            Feature[] vector = new Feature[counts.size + 1];
            for (int i = 0; i < counts.size; i++) {
                vector[i] = new FeatureNode(counts.columns[i] + 1, counts.values[i]);
            }
            vector[counts.size] = new FeatureNode(vocabulary.size() + 1, 1.0);
            return vector;
        }

        void write(DataOutputStream data) throws IOException {
            data.writeInt(sections.length);
            for (String section : sections) {
                data.writeUTF(section);
            }
            data.writeInt(labels.length);
            for (int j = 0; j < labels.length; j++) {
                data.writeUTF(labels[j]);
                data.writeInt(sectionOfLabel[j]);
            }
            String[] byColumn = new String[vocabulary.size()];
            vocabulary.forEach((feature, column) -> byColumn[column] = feature);
            data.writeInt(byColumn.length);
            for (int column = 0; column < byColumn.length; column++) {
                data.writeUTF(byColumn[column]);
                data.writeFloat(idf[column]);
            }
            for (float weight : weights) {
                data.writeFloat(weight);
            }
        }

        static LanguageModel read(DataInputStream data) throws IOException {
            String[] sections = new String[data.readInt()];
            for (int k = 0; k < sections.length; k++) {
                sections[k] = data.readUTF();
            }
            String[] labels = new String[data.readInt()];
            int[] sectionOfLabel = new int[labels.length];
            for (int j = 0; j < labels.length; j++) {
                labels[j] = data.readUTF();
                sectionOfLabel[j] = data.readInt();
                if (sectionOfLabel[j] < 0 || sectionOfLabel[j] >= sections.length) {
                    throw new IOException("label " + labels[j] + " has no section");
                }
            }
            int size = data.readInt();
            Map<String, Integer> vocabulary = new HashMap<>(size * 2);
            float[] idf = new float[size];
            for (int column = 0; column < size; column++) {
                vocabulary.put(data.readUTF(), column);
                idf[column] = data.readFloat();
            }
            float[] weights = new float[(size + 1) * labels.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = data.readFloat();
            }
            return new LanguageModel(sections, labels, sectionOfLabel, Map.copyOf(vocabulary), idf, weights);
        }
    }
}
