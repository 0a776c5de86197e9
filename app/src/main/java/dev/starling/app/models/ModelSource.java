package dev.starling.app.models;

import java.util.List;

/**
 * A place models come from (built-in encoders, shipped task models, decoders on disk …).
 * Registered through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.starling.app.models.ModelSource}.
 */
public interface ModelSource {
    /** The models this source offers, measured when {@link ModelContext#measure()} is set. */
    List<ModelInfo> list(ModelContext context);
}
