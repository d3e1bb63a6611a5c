package org.hyperlora.engine.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element access to a contiguous ND4J array's off-heap memory, so fused elementwise loops run in Java
 * without one ND4J op call (and one temporary) per arithmetic step. One implementation per data type;
 * call sites see at most two, which the JIT inlines.
 */
abstract class Vec {

    /**
     * Keeps the array reachable: the NIO buffer below points into memory that javacpp frees when the
     * INDArray is garbage collected, so a Vec must never outlive its array.
     */
    private final INDArray owner;

    Vec(INDArray owner) {
        this.owner = owner;
    }

    INDArray array() {
        return owner;
    }

    /** The native address of the first element, for BLAS calls. */
    abstract Pointer pointer();

    abstract double get(int index);

    abstract void set(int index, double value);

    final void add(int index, double value) {
        set(index, get(index) + value);
    }

    /**
     * A view of {@code array}'s whole buffer. The array must own its buffer from the start ('c' order, no
     * offset): the engine allocates every array it touches this way and indexes sub-blocks itself.
     */
    static Vec of(INDArray array) {
        if (array.offset() != 0 || array.ordering() != 'c') {
            throw new IllegalArgumentException("Vec needs a 'c'-ordered array at offset 0, got ordering "
                    + array.ordering() + " offset " + array.offset());
        }
        if (array.dataType() == DataType.DOUBLE) {
            return new DoubleVec(array, array.data().asNioDouble());
        }
        if (array.dataType() == DataType.FLOAT) {
            return new FloatVec(array, array.data().asNioFloat());
        }
        throw new IllegalArgumentException("unsupported data type " + array.dataType() + "; use DOUBLE or FLOAT");
    }

    private static final class DoubleVec extends Vec {
        private final DoubleBuffer buffer;

        private final DoublePointer pointer;

        DoubleVec(INDArray owner, DoubleBuffer buffer) {
            super(owner);
            this.buffer = buffer;
            this.pointer = (DoublePointer) owner.data().addressPointer();
        }

        @Override
        Pointer pointer() {
            return pointer;
        }

        @Override
        double get(int index) {
            return buffer.get(index);
        }

        @Override
        void set(int index, double value) {
            buffer.put(index, value);
        }
    }

    private static final class FloatVec extends Vec {
        private final FloatBuffer buffer;

        private final FloatPointer pointer;

        FloatVec(INDArray owner, FloatBuffer buffer) {
            super(owner);
            this.buffer = buffer;
            this.pointer = (FloatPointer) owner.data().addressPointer();
        }

        @Override
        Pointer pointer() {
            return pointer;
        }

        @Override
        double get(int index) {
            return buffer.get(index);
        }

        @Override
        void set(int index, double value) {
            buffer.put(index, (float) value);
        }
    }
}
