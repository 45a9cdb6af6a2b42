package org.nadiya.flow.trace;

import java.util.Arrays;

/** A binary min-heap of ints without boxing. */
final class IntHeap {

    private int[] items = new int[64];
    private int size;

    void push(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (items[parent] <= value) {
                break;
            }
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }

    int pop() {
        int top = items[0];
        int last = items[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && items[child + 1] < items[child]) {
                child++;
            }
            if (items[child] >= last) {
                break;
            }
            items[i] = items[child];
            i = child;
        }
        items[i] = last;
        return top;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
