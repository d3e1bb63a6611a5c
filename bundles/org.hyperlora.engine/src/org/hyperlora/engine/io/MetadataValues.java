package org.hyperlora.engine.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Text encodings of the typed metadata values (see {@link ArtifactFormat}). Parsers throw
 * {@link IllegalArgumentException} on malformed text; {@link Artifact} turns that into a message naming the
 * key and the artifact kind.
 */
final class MetadataValues {

    private MetadataValues() {
    }

    static String formatInts(int[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.append(']').toString();
    }

    /** Uses {@link Double#toString(double)}, which {@link Double#parseDouble(String)} inverts exactly. */
    static String formatDoubles(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.append(']').toString();
    }

    static String formatStrings(List<String> values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            Json.appendQuoted(text.append(i == 0 ? "" : ","), values.get(i));
        }
        return text.append(']').toString();
    }

    static int parseInt(String text) {
        return Integer.parseInt(text);
    }

    static long parseLong(String text) {
        return Long.parseLong(text);
    }

    static double parseDouble(String text) {
        // parseDouble trims whitespace and accepts suffixes such as "1d"; refuse those so that only the
        // spellings this class writes (and JSON numbers) are read.
        if (text.isEmpty() || text.strip().length() != text.length() || text.matches(".*[dDfF]$")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(text);
    }

    static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    static int[] parseInts(String text) {
        List<String> items = splitList(text);
        int[] values = new int[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Integer.parseInt(items.get(i).strip());
        }
        return values;
    }

    static double[] parseDoubles(String text) {
        List<String> items = splitList(text);
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parseDouble(items.get(i).strip());
        }
        return values;
    }

    static List<String> parseStrings(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!(parsed instanceof List<?> elements)) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<String> values = new ArrayList<>(elements.size());
        for (Object element : elements) {
            if (!(element instanceof String string)) {
                throw new IllegalArgumentException("not a string: " + element);
            }
            values.add(string);
        }
        return List.copyOf(values);
    }

    /** The comma-separated items between {@code [} and {@code ]}; none for {@code []}. */
    private static List<String> splitList(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw new IllegalArgumentException("not enclosed in [ ]");
        }
        String inner = trimmed.substring(1, trimmed.length() - 1);
        return inner.isBlank() ? List.of() : List.of(inner.split(",", -1));
    }
}
