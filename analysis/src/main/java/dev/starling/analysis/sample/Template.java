package dev.starling.analysis.sample;

import java.util.EnumSet;
import java.util.Set;

/**
 * One hand-written post from the phrasebook with its labels.
 *
 * @param lang      the language tag ("en", "zh", "zh-Hant", …)
 * @param topic     a storyline topic ("launch", …, "daily"), "spam", "insult" or "hate"; "topic.title" for a
 *                  Reddit submission title
 * @param sentiment pos, neg or neu
 * @param emotion   joy, optimism, anger, sadness or none
 * @param text      the text with placeholders (see the phrase files)
 */
record Template(String lang, String topic, String sentiment, String emotion, String text) {

    /** Spam, abuse or an ordinary post. */
    enum Kind { NORMAL, SPAM, ABUSE }

    Kind kind() {
        return switch (topic) {
            case "spam" -> Kind.SPAM;
            case "insult", "hate" -> Kind.ABUSE;
            default -> Kind.NORMAL;
        };
    }

    boolean isTitle() {
        return topic.endsWith(".title");
    }

    /** The storyline of a normal post or title, else null. */
    Storyline storyline() {
        return Storyline.ofTopic(isTitle() ? topic.substring(0, topic.length() - ".title".length()) : topic);
    }

    /** The personal data this template plants. */
    Set<PiiType> piiTypes() {
        Set<PiiType> types = EnumSet.noneOf(PiiType.class);
        for (PiiType t : PiiType.values()) {
            if (text.contains(t.placeholder())) {
                types.add(t);
            }
        }
        return types;
    }

    boolean mentions() {
        return text.contains("{@}");
    }
}
