package org.hyperlora.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positional words, {@code --flag}s, and {@code --option VALUE}s (repeatable). Unknown
 * options and missing values are usage errors naming the option.
 */
final class Arguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    Arguments(String command, List<String> words, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        this.command = command;
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (valueOptions.contains(word)) {
                if (k + 1 >= words.size()) {
                    throw new UsageException("hyperlora " + command + ": option " + word + " needs a value");
                }
                values.computeIfAbsent(word, w -> new ArrayList<>()).add(words.get(++k));
            } else if (flagOptions.contains(word)) {
                flags.add(word);
            } else if (word.startsWith("--") || (word.startsWith("-") && word.length() == 2 && !isNumber(word))) {
                throw new UsageException("hyperlora " + command + ": unknown option '" + word + "'; options: "
                        + String.join(", ", union(valueOptions, flagOptions)));
            } else {
                positional.add(word);
            }
        }
    }

    private static boolean isNumber(String word) {
        try {
            Double.parseDouble(word);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        return all;
    }

    /** The command's name, for messages. */
    String command() {
        return command;
    }

    List<String> positional() {
        return positional;
    }

    /** Exactly {@code count} positional arguments, named in the message when not. */
    List<String> positional(int count, String names) throws UsageException {
        if (positional.size() != count) {
            throw new UsageException("hyperlora " + command + ": expected " + names + ", got "
                    + (positional.isEmpty() ? "nothing" : String.join(" ", positional)));
        }
        return positional;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> all(String option) {
        return values.getOrDefault(option, List.of());
    }

    /** The option's single value, or the default; given twice is a usage error. */
    String value(String option, String defaultValue) throws UsageException {
        List<String> given = all(option);
        if (given.size() > 1) {
            throw new UsageException("hyperlora " + command + ": option " + option + " is given " + given.size()
                    + " times");
        }
        return given.isEmpty() ? defaultValue : given.get(0);
    }

    int intValue(String option, int defaultValue, int minimum) throws UsageException {
        String text = value(option, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < minimum) {
                throw new UsageException("hyperlora " + command + ": " + option + " must be >= " + minimum + ", got "
                        + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("hyperlora " + command + ": " + option + " needs an integer, got '" + text + "'");
        }
    }

    static boolean wantsHelp(List<String> words) {
        return words.contains("--help") || words.contains("-h");
    }
}
