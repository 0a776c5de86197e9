package dev.starling.analysis.llm;

import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGenerator;

import java.util.function.Consumer;

/**
 * Privacy by default in front of any generator: every prompt goes through the privacy layer
 * (e-mails, phones, cards, IBANs, IPs, URL secrets redacted; handles pseudonymised) before the
 * wrapped generator sees it, whether that is a local model or a server elsewhere.
 */
public final class RedactingGenerator implements TextGenerator {
    private final TextGenerator inner;
    private final PrivacyFilter privacy;

    public RedactingGenerator(TextGenerator inner, PrivacyFilter privacy) {
        this.inner = inner;
        this.privacy = privacy;
    }

    @Override
    public Generation generate(String prompt, SamplingConfig config, Consumer<String> onToken) {
        return inner.generate(privacy.apply(prompt).text(), config, onToken);
    }

    @Override
    public int countTokens(String text) {
        return inner.countTokens(privacy.apply(text).text());
    }

    @Override
    public int contextLength() {
        return inner.contextLength();
    }
}
