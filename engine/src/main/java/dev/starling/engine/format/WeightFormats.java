package dev.starling.engine.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The registry of {@link WeightFormat}s found through {@link ServiceLoader}. */
public final class WeightFormats {
    private WeightFormats() {
    }

    /** All registered formats. */
    public static List<WeightFormat> all() {
        List<WeightFormat> out = new ArrayList<>();
        ServiceLoader.load(WeightFormat.class, WeightFormats.class.getClassLoader()).forEach(out::add);
        return out;
    }

    /** Opens {@code file} with the first format whose sniff accepts it. */
    public static WeightFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new WeightFormatException(file, "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        for (WeightFormat f : all()) {
            if (f.sniff(head)) {
                return f.open(file);
            }
        }
        throw new WeightFormatException(file, "not a recognised weight file (known formats: "
                + all().stream().map(WeightFormat::name).toList() + ")");
    }
}
