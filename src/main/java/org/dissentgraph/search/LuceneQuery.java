package org.dissentgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into Lucene queries for the {@code entity_text} index. The user's text
 * is never Lucene syntax: every special character is escaped and every word lower-cased (so
 * {@code AND}, {@code OR}, {@code NOT} are words, not operators). Names, aliases and titles weigh
 * more than quotes, summaries and descriptions.
 *
 * <p>Two queries: {@link #exact()} (the words as written, plus word prefixes on names so a
 * partly typed name is found) and {@link #fuzzy()} (each word within one or two edits, for
 * transliteration variants such as Trotskij / Trotskii or Zinovyev / Zinoviev).
 */
record LuceneQuery(List<String> words) {

    /** Longest text accepted; more is refused rather than cut. */
    static final int MAX_LENGTH = 200;

    private static final int MAX_WORDS = 16;
    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    /** Fields of the index and their weights. */
    private static final Map<String, Integer> FIELDS = fields();

    /** Fields that name a thing (for prefix matches). */
    private static final List<String> NAME_FIELDS = List.of("name", "nameRu", "aliasText", "title", "titleRu");

    private static Map<String, Integer> fields() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("name", 4);
        m.put("nameRu", 4);
        m.put("aliasText", 3);
        m.put("title", 3);
        m.put("titleRu", 3);
        m.put("quote", 1);
        m.put("summary", 1);
        m.put("description", 1);
        return m;
    }

    /** The words of {@code text}: split at white space, keeping those with a letter or digit, at most 16. */
    static LuceneQuery of(String text) {
        List<String> words = Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return new LuceneQuery(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Each word as written (escaped), in every field; plus a prefix match on names for words of 3+ letters. */
    String exact() {
        List<String> clauses = new ArrayList<>();
        for (String word : words) {
            String term = escape(word);
            clauses.add(FIELDS.entrySet().stream()
                    .map(f -> f.getKey() + ":" + term + boost(f.getValue()))
                    .collect(Collectors.joining(" ", "(", ")")));
            plain(word)
                    .filter(p -> p.length() >= 3)
                    .ifPresent(p -> clauses.add(NAME_FIELDS.stream()
                            .map(f -> f + ":" + p + "*")
                            .collect(Collectors.joining(" ", "(", ")"))));
        }
        return String.join(" ", clauses);
    }

    /**
     * Each word of four or more letters within one edit (two from eight letters), or empty when
     * no word is long enough for that to mean anything.
     */
    Optional<String> fuzzy() {
        List<String> clauses = new ArrayList<>();
        for (String word : words) {
            plain(word).filter(p -> p.length() >= 4).ifPresent(p -> {
                String term = p + "~" + (p.length() >= 8 ? 2 : 1);
                clauses.add(FIELDS.entrySet().stream()
                        .map(f -> f.getKey() + ":" + term + boost(f.getValue()))
                        .collect(Collectors.joining(" ", "(", ")")));
            });
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", clauses));
    }

    private static String boost(int weight) {
        return weight == 1 ? "" : "^" + weight;
    }

    /** Backslash before every character Lucene's query parser treats as syntax. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A word reduced to one run of letters and digits, accents on Latin letters removed as the
     * index's folding analyzer removes them, for the prefix and fuzzy terms Lucene does not
     * analyse; empty when the word is several runs ({@code Obolensky-Ossinsky}) or none.
     */
    static Optional<String> plain(String word) {
        String folded = foldLatin(word);
        if (!folded.codePoints().allMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.of(folded);
    }

    private static String foldLatin(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK
                    && base >= 0
                    && Character.UnicodeScript.of(base) == Character.UnicodeScript.LATIN) {
                continue; // é → e, as ASCII folding does; Cyrillic й keeps its breve
            }
            base = cp;
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
