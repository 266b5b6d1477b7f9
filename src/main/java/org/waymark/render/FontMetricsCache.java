package org.waymark.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The metrics of each font face (ascent, descent, underline), shared by every PDF of a build.
 * openhtmltopdf measures every face of a CSS family list for each line, and without a cache it
 * loads each face into the document to do so, the fallback faces included: each PDF then paid
 * for setting up fonts it drew nothing with. Keyed by family, weight and style, so one
 * instance serves one {@link PdfFonts}, whose family names stand for fixed files.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final ConcurrentMap<String, FSCacheValue> metrics = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        metrics.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> make) {
        FSCacheValue known = metrics.get(key);
        if (known != null) return known;
        try {
            FSCacheValue made = make.call();
            if (made != null) metrics.putIfAbsent(key, made);
            return made;
        } catch (Exception e) {
            throw new IllegalStateException("could not measure font " + key, e);
        }
    }

    @Override
    public FSCacheValue get(String key) {
        return metrics.get(key);
    }
}
