package com.hivecheck.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that holds at most {@code capacity} entries and drops the least recently read or written one to make room:
 * the bound of every in-memory cache that anonymous requests can fill. Not thread-safe; callers synchronise on it or
 * wrap it in {@link java.util.Collections#synchronizedMap(Map)}.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    public LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
