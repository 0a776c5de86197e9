package dev.starling.analysis.recommend;

/** The same fixed score per item for every user (e.g. a post's engagement). */
public final class StaticRanker implements Ranker {
    private final String name;
    private final float[] scores;

    public StaticRanker(String name, float[] scores) {
        this.name = name;
        this.scores = scores.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }
}
