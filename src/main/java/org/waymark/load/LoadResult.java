package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.waymark.diagnostic.Diagnostic;

/**
 * What a loader gives back, never null: the value it read, with what it reported on the way
 * (a value can come with errors that leave it whole enough to check, such as an unknown key),
 * or a failure, with the diagnostics that say why nothing usable was read.
 */
public sealed interface LoadResult<T> permits LoadResult.Loaded, LoadResult.Failed {

    List<Diagnostic> diagnostics();

    record Loaded<T>(T value, List<Diagnostic> diagnostics) implements LoadResult<T> {
        public Loaded {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    record Failed<T>(List<Diagnostic> diagnostics) implements LoadResult<T> {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
            if (diagnostics.isEmpty()) throw new IllegalArgumentException("a failure must say why");
        }
    }

    /**
     * Loads on from this value with {@code next}: the result of {@code next}, with this result's
     * diagnostics in front of its own; a failure stays a failure and {@code next} is not run.
     */
    default <U> LoadResult<U> then(Function<? super T, ? extends LoadResult<? extends U>> next) {
        if (!(this instanceof Loaded<T> loaded)) return new Failed<>(diagnostics());
        LoadResult<? extends U> after = next.apply(loaded.value());
        List<Diagnostic> all = new ArrayList<>(diagnostics());
        all.addAll(after.diagnostics());
        return after instanceof Loaded<? extends U> done ? new Loaded<>(done.value(), all) : new Failed<>(all);
    }
}
