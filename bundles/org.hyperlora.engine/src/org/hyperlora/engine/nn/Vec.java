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

    /** Whether elementwise loops access native memory directly (else through NIO buffers). */
    static boolean directAccess() {
        return UnsafeDoubleVec.AVAILABLE;
    }

    INDArray array() {
        return owner;
    }

    /** The native address of the first element, for BLAS calls. */
    abstract Pointer pointer();

    abstract double get(int index);

    abstract void set(int index, double value);

    /** Copies {@code length} elements from {@code from} on into {@code destination} (bulk where the backing allows). */
    void read(int from, double[] destination, int offset, int length) {
        for (int i = 0; i < length; i++) {
            destination[offset + i] = get(from + i);
        }
    }

    /** Copies {@code length} elements of {@code source} into this vector from {@code from} on. */
    void write(int from, double[] source, int offset, int length) {
        for (int i = 0; i < length; i++) {
            set(from + i, source[offset + i]);
        }
    }

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
            if (UnsafeDoubleVec.AVAILABLE) {
                return new UnsafeDoubleVec(array);
            }
            return new DoubleVec(array, array.data().asNioDouble());
        }
        if (array.dataType() == DataType.FLOAT) {
            if (UnsafeDoubleVec.AVAILABLE) {
                return new UnsafeFloatVec(array);
            }
            return new FloatVec(array, array.data().asNioFloat());
        }
        throw new IllegalArgumentException("unsupported data type " + array.dataType() + "; use DOUBLE or FLOAT");
    }

    /**
     * Direct memory access without NIO's per-call bounds and scope checks, which measured 60 % of a
     * training step's elementwise time. Indices come from the engine's own loops over arrays it sized.
     */
    private static final class UnsafeDoubleVec extends Vec {
        static final sun.misc.Unsafe UNSAFE = unsafe();
        static final boolean AVAILABLE = UNSAFE != null;
        private final long address;
        private final DoublePointer pointer;

        UnsafeDoubleVec(INDArray owner) {
            super(owner);
            this.pointer = (DoublePointer) owner.data().addressPointer();
            this.address = pointer.address();
        }

        private static sun.misc.Unsafe unsafe() {
            try {
                java.lang.reflect.Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                return (sun.misc.Unsafe) field.get(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        @Override
        Pointer pointer() {
            return pointer;
        }

        @Override
        double get(int index) {
            return UNSAFE.getDouble(address + ((long) index << 3));
        }

        @Override
        void set(int index, double value) {
            UNSAFE.putDouble(address + ((long) index << 3), value);
        }

        @Override
        void read(int from, double[] destination, int offset, int length) {
            UNSAFE.copyMemory(null, address + ((long) from << 3), destination,
                    sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET + ((long) offset << 3), (long) length << 3);
        }

        @Override
        void write(int from, double[] source, int offset, int length) {
            UNSAFE.copyMemory(source, sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET + ((long) offset << 3), null,
                    address + ((long) from << 3), (long) length << 3);
        }
    }

    /** The float32 counterpart of {@link UnsafeDoubleVec}. */
    private static final class UnsafeFloatVec extends Vec {
        private final long address;
        private final FloatPointer pointer;

        UnsafeFloatVec(INDArray owner) {
            super(owner);
            this.pointer = (FloatPointer) owner.data().addressPointer();
            this.address = pointer.address();
        }

        @Override
        Pointer pointer() {
            return pointer;
        }

        @Override
        double get(int index) {
            return UnsafeDoubleVec.UNSAFE.getFloat(address + ((long) index << 2));
        }

        @Override
        void set(int index, double value) {
            UnsafeDoubleVec.UNSAFE.putFloat(address + ((long) index << 2), (float) value);
        }

        /** Bulk copy into a heap float[], then widening (vectorized, see {@link Kernels#widen}). */
        @Override
        void read(int from, double[] destination, int offset, int length) {
            float[] floats = scratch(length);
            UnsafeDoubleVec.UNSAFE.copyMemory(null, address + ((long) from << 2), floats,
                    sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET, (long) length << 2);
            Kernels.widen(floats, destination, offset, length);
        }

        /** Narrowing (vectorized, see {@link Kernels#narrow}), then one bulk copy. */
        @Override
        void write(int from, double[] source, int offset, int length) {
            float[] floats = scratch(length);
            Kernels.narrow(source, offset, floats, length);
            UnsafeDoubleVec.UNSAFE.copyMemory(floats, sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET, null,
                    address + ((long) from << 2), (long) length << 2);
        }

        private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[4096]);

        private static float[] scratch(int length) {
            float[] floats = SCRATCH.get();
            if (floats.length < length) {
                floats = new float[Math.max(length, 2 * floats.length)];
                SCRATCH.set(floats);
            }
            return floats;
        }
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

        @Override
        void read(int from, double[] destination, int offset, int length) {
            buffer.get(from, destination, offset, length);
        }

        @Override
        void write(int from, double[] source, int offset, int length) {
            buffer.put(from, source, offset, length);
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
