package org.waymark.serve;

import org.waymark.pipeline.Pipeline;

/** One build of the preview, for the terminal: the pipeline's result, or why it could not run. */
public sealed interface BuildOutcome {
    record Built(Pipeline.Result result) implements BuildOutcome {}

    record Failed(String why) implements BuildOutcome {}
}
