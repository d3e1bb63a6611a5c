package org.hyperlora.engine.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short, locale-independent number labels for ticks and color bars. */
final class NumberLabels {

    private NumberLabels() {
    }

    /**
     * A tick value on a linear axis with tick spacing {@code step}: as many decimals as the step needs
     * ("0.25" is not a possible step, so "0.2", "0.4"), or scientific notation ("2.5e-7", "3e6") where
     * plain decimals would get long.
     */
    static String linearTick(double value, double step) {
        // k * step leaves rounding noise such as 5.6e-17 where 0 is meant; it must not print as -0.0.
        double cleaned = Math.abs(value) < step * 1e-6 ? 0 : value;
        int stepExponent = (int) Math.floor(Math.log10(step) + 1e-9);
        double magnitude = Math.abs(cleaned);
        if (stepExponent < -5 || magnitude >= 1e6) {
            int valueExponent = cleaned == 0 ? stepExponent : (int) Math.floor(Math.log10(magnitude));
            return scientific(cleaned, Math.max(0, valueExponent - stepExponent));
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, -stepExponent) + "f", cleaned);
    }

    /** A tick value mantissa × 10^exponent on a logarithmic axis, e.g. "1e-3" or "5e2". */
    static String powerOfTen(int mantissa, int exponent) {
        return mantissa + "e" + exponent;
    }

    /** An arbitrary value to three significant digits: "0.0234", "-1", "12300", "4.56e-5". */
    static String value(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return scientific(value, 2);
    }

    /** Scientific notation without padding: "2.5e-4" rather than Java's "2.50e-04". */
    private static String scientific(double value, int fractionDigits) {
        String formatted = String.format(Locale.ROOT, "%." + fractionDigits + "e", value);
        int e = formatted.indexOf('e');
        String mantissa = formatted.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + "e" + Integer.parseInt(formatted.substring(e + 1));
    }
}
