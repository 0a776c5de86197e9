package dev.starling.app.cli;

import dev.starling.app.io.PostReader;
import dev.starling.app.model.BuiltinModels;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tokenizer.Encoding;
import dev.starling.engine.tokenizer.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code starling tokenize}: word-piece ids per post, exactly as HuggingFace tokenizers produce them. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Tokenize posts with the encoder's WordPiece tokenizer, id for id as HuggingFace tokenizers do. "
                + "Writes one JSON object per input line, {\"ids\": [...]}, with [CLS] and [SEP] included.",
            "",
            "By default nothing is truncated (long posts give long id lists); --max-length truncates as HuggingFace "
                + "tokenizers do, keeping [CLS] and [SEP]. Invalid UTF-8 bytes become U+FFFD (and are reported); "
                + "control and zero-width characters are handled by the tokenizer's normaliser.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class TokenizeCommand implements Callable<Integer> {
    private static final int BLOCK = 1024;

    @Mixin
    InputOutputOptions io;

    @Option(names = "--tokenizer", paramLabel = "FILE",
            description = "A HuggingFace tokenizer.json (WordPiece). Default: the built-in all-MiniLM-L6-v2 tokenizer.")
    Path tokenizerFile;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "0",
            description = "Truncate to N ids including [CLS] and [SEP] (0 = no truncation, the default).")
    int maxLength;

    @Option(names = "--tokens", description = "Also write the token strings (field \"tokens\").")
    boolean withTokens;

    @Option(names = "--type-ids", description = "Also write the token type ids (field \"type_ids\").")
    boolean withTypeIds;

    @Override
    public Integer call() throws IOException {
        io.checkInput();
        if (maxLength != 0 && maxLength < 2) {
            throw new CliException(ExitCodes.USAGE, "--max-length must be 0 (off) or at least 2, got " + maxLength);
        }
        Tokenizer tokenizer = BuiltinModels.tokenizer(tokenizerFile, null);
        return PostPipeline.run(io, "tokenize", "ids", BLOCK, (posts, problems, postsDone) -> {
            List<String> fields = new ArrayList<>(posts.size());
            StringBuilder sb = new StringBuilder();
            for (PostReader.Post p : posts) {
                sb.setLength(0);
                write(sb, p.text(), tokenizer);
                fields.add(sb.toString());
            }
            return fields;
        });
    }

    private void write(StringBuilder sb, String text, Tokenizer tokenizer) {
        Encoding e = maxLength > 0 ? tokenizer.encode(text, maxLength) : tokenizer.encode(text);
        sb.append("\"ids\":");
        JsonWriter.write(sb, e.ids());
        if (withTypeIds) {
            sb.append(",\"type_ids\":");
            JsonWriter.write(sb, e.typeIds());
        }
        if (withTokens) {
            sb.append(",\"tokens\":[");
            int[] ids = e.ids();
            for (int i = 0; i < ids.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                JsonWriter.quote(sb, tokenizer.token(ids[i]));
            }
            sb.append(']');
        }
    }
}
