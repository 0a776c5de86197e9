package dev.starling.app.cli;

import dev.starling.app.io.AtomicOutput;
import dev.starling.app.io.PostReader;
import dev.starling.app.io.Problems;
import dev.starling.app.io.Progress;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The shared shape of the per-post commands: read posts in blocks, let the command turn the
 * usable ones into JSON fields, write one JSONL object per input line in order (an input line
 * that could not be used gets {@code "<field>": null} and an {@code "error"}), commit the output
 * atomically, show progress and report problems. JSONL inputs with an {@code id} get it echoed.
 */
final class PostPipeline {
    /** Turns a block of usable posts into one JSON-fields string per post, in order. */
    @FunctionalInterface
    interface BlockProcessor {
        /**
         * @param posts        usable posts of the block, in input order
         * @param postsDone    receives how many of these posts are done so far (for progress)
         * @return per post, the fields of its JSON object without braces, e.g. {@code "ids":[101,102]}
         */
        List<String> process(List<PostReader.Post> posts, Problems problems, LongConsumer postsDone);
    }

    private PostPipeline() {
    }

    /** Runs the command over {@code io}; returns the exit status (0, or 5 when records were skipped). */
    static int run(InputOutputOptions io, String command, String resultField, int blockSize, BlockProcessor processor)
            throws IOException {
        Problems problems = new Problems();
        Progress progress = new Progress(System.err, command, PostReader.countLines(io.input), Progress.stderrIsTerminal());
        long done = 0;
        try (PostReader reader = new PostReader(io.input, io.format, io.textField);
             AtomicOutput out = new AtomicOutput(io.output)) {
            List<PostReader.Post> block = new ArrayList<>(blockSize);
            StringBuilder sb = new StringBuilder(1 << 16);
            PostReader.Post p;
            do {
                p = reader.next();
                if (p != null) {
                    block.add(p);
                }
                if (block.size() == blockSize || (p == null && !block.isEmpty())) {
                    long before = done;
                    writeBlock(block, resultField, problems, sb, processor, n -> progress.update(before + n));
                    out.writer().append(sb);
                    sb.setLength(0);
                    done += block.size();
                    block.clear();
                    progress.update(done);
                }
            } while (p != null);
            out.commit();
        }
        progress.finish(done);
        problems.report(System.err, command);
        return problems.skippedCount() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static void writeBlock(List<PostReader.Post> block, String resultField, Problems problems, StringBuilder sb,
                                   BlockProcessor processor, LongConsumer progress) {
        List<PostReader.Post> usable = new ArrayList<>(block.size());
        for (PostReader.Post p : block) {
            if (p.invalidUtf8()) {
                problems.invalidUtf8(p.line());
            }
            if (p.ok()) {
                usable.add(p);
            }
        }
        List<String> fields = processor.process(usable, problems, progress);
        int next = 0;
        for (PostReader.Post p : block) {
            sb.append('{');
            if (p.id() != null) {
                sb.append("\"id\":");
                JsonWriter.write(sb, p.id());
                sb.append(',');
            }
            if (p.ok()) {
                sb.append(fields.get(next++));
            } else {
                problems.skipped(p.line(), p.error());
                sb.append('"').append(resultField).append("\":null,\"error\":");
                JsonWriter.quote(sb, "line " + p.line() + ": " + p.error());
            }
            sb.append("}\n");
        }
    }
}
