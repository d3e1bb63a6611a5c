package org.hyperlora.runner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The pieces the cluster's units are written in: vectors and byte blocks with their lengths, a format line first. */
final class UnitBytes {

    private UnitBytes() {
    }

    static void checkFormat(DataInputStream in, String expected, String what) throws IOException {
        String format = in.readUTF();
        if (!expected.equals(format)) {
            throw new IOException("a " + what + " of format '" + format + "' where '" + expected + "' was expected:"
                    + " the members run different versions of HyperLoRA");
        }
    }

    static void writeVector(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    static double[] readVector(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / Double.BYTES) {
            throw new IOException("a damaged unit: a vector of " + length + " values where "
                    + in.available() / Double.BYTES + " remain");
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a damaged unit: a block of " + length + " bytes where " + in.available()
                    + " remain");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
