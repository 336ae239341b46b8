package org.ertstorage.adapter.formats.matrix;

import java.util.List;

/** Reorders values stored first-axis-fastest (Fortran order) into C order. */
final class FortranOrder {

    private FortranOrder() {
    }

    static double[] toC(double[] fortran, List<Integer> shape) {
        int rank = shape.size();
        var strides = new int[rank];
        int stride = 1;
        for (int axis = 0; axis < rank; axis++) {
            strides[axis] = stride;
            stride *= shape.get(axis);
        }
        var c = new double[fortran.length];
        var index = new int[rank];
        int offset = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = fortran[offset];
            for (int axis = rank - 1; axis >= 0; axis--) {
                index[axis]++;
                offset += strides[axis];
                if (index[axis] < shape.get(axis)) {
                    break;
                }
                offset -= strides[axis] * index[axis];
                index[axis] = 0;
            }
        }
        return c;
    }
}
