package org.waymark.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Writes values through a small buffer into CRC-32 and CRC-32C, one half of a 64-bit digest
 * each ({@link ModelDigests}, {@link PageInputs}): strings as UTF-8, numbers, booleans, enums,
 * lists, maps, records and {@link LazyMarkup} by its key, each with a tag and a length.
 */
final class DigestWriter {
    /** Each record class's accessors, in order, looked up once. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                out.add(m);
            }
            return out;
        }
    };

    private final CRC32 crc = new CRC32();
    private final CRC32C crcC = new CRC32C();
    private final byte[] buffer = new byte[4096];
    private int n;

    boolean value(Object v) {
        if (v == null) {
            tag('0');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag('I');
            i64(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            tag('D');
            i64(Double.doubleToLongBits(((Number) v).doubleValue()));
        } else if (v instanceof Character c) {
            tag('C');
            i32(c);
        } else if (v instanceof java.time.LocalDate d) {
            tag('d');
            string(d.toString());
        } else if (v instanceof Enum<?> e) {
            tag('E');
            string(e.getDeclaringClass().getName());
            string(e.name());
        } else if (v instanceof List<?> list) {
            tag('L');
            i32(list.size());
            for (Object o : list) if (!value(o)) return false;
        } else if (v instanceof Map<?, ?> map) {
            return map(map);
        } else if (v instanceof Record r) {
            return record(r);
        } else if (v instanceof LazyMarkup lazy) {
            tag('K');
            string(lazy.getClass().getName());
            string(lazy.key());
        } else {
            return false;
        }
        return true;
    }

    private boolean map(Map<?, ?> map) {
        tag('M');
        i32(map.size());
        Iterable<? extends Map.Entry<?, ?>> entries = map.entrySet();
        if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) {
            List<Map.Entry<?, ?>> sorted = new ArrayList<>(map.entrySet());
            for (Map.Entry<?, ?> e : sorted) if (!(e.getKey() instanceof String)) return false;
            sorted.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
            entries = sorted;
        }
        for (Map.Entry<?, ?> e : entries) {
            if (!value(e.getKey()) || !value(e.getValue())) return false;
        }
        return true;
    }

    private boolean record(Record r) {
        tag('R');
        string(r.getClass().getName());
        for (Method accessor : ACCESSORS.get(r.getClass())) {
            try {
                if (!value(accessor.invoke(r))) return false;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * As UTF-8, which writes a lone surrogate as '?' just as the page's own bytes do
     * (text/Utf8): strings that differ only there make the same page.
     */
    void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        tag('S');
        i32(b.length);
        if (b.length > buffer.length / 4) {
            bytes(b);
            return;
        }
        if (n + b.length > buffer.length) flush();
        System.arraycopy(b, 0, buffer, n, b.length);
        n += b.length;
    }

    void tag(char t) {
        if (n + 1 > buffer.length) flush();
        buffer[n++] = (byte) t;
    }

    void i32(int v) {
        if (n + 4 > buffer.length) flush();
        for (int s = 24; s >= 0; s -= 8) buffer[n++] = (byte) (v >>> s);
    }

    void i64(long v) {
        if (n + 8 > buffer.length) flush();
        for (int s = 56; s >= 0; s -= 8) buffer[n++] = (byte) (v >>> s);
    }

    void bytes(byte[] b) {
        flush();
        crc.update(b);
        crcC.update(b);
    }

    private void flush() {
        crc.update(buffer, 0, n);
        crcC.update(buffer, 0, n);
        n = 0;
    }

    long finish() {
        flush();
        return crc.getValue() << 32 | crcC.getValue();
    }
}
