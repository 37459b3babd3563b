package io.veritag.agreement;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map over a fixed list of keys, iterated in that order: the per-type scores that every article
 * and pair of the report gets, without a hash table each time. Equal to any map with the same entries.
 */
final class FixedOrderMap<V> extends AbstractMap<String, V> {
    private final List<String> keys;
    private final Object[] values;

    /** {@code values} parallel to {@code keys}, none null; the map keeps the array (the caller hands it over). */
    FixedOrderMap(List<String> keys, Object[] values) {
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.length + " values");
        }
        for (Object value : values) {
            Objects.requireNonNull(value, "value");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int k = keys.indexOf(key);
        return k < 0 ? null : (V) values[k];
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return Map.entry(keys.get(k), (V) values[k]);
                    }
                };
            }
        };
    }
}
