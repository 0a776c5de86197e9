package dev.starling.analysis.trends;

import java.time.LocalDate;
import java.util.List;

/**
 * A burst with its explanation.
 *
 * @param key      the series that burst
 * @param day      index on the day axis
 * @param date     the UTC date
 * @param count    posts with the key that day
 * @param expected the seasonal baseline (median of the same weekday in other weeks)
 * @param z        the robust z-score (see {@link SeasonalBurstDetector})
 * @param drivers  co-occurring keys that were themselves above their baseline that day, strongest first
 * @param posts    the most engaged sampled posts of the burst
 * @param authors  the authors with most sampled posts of the burst
 * @param alsoBurst other keys bursting the same day that this alert explains (folded into it)
 * @param from     the first day of the episode: the same key alerting on consecutive days is one alert,
 *                 shown by its strongest day ({@code date}); equal to {@code date} for a one-day spike
 * @param until    the last day of the episode
 * @param alertDays how many days of the episode alerted
 */
public record Alert(SeriesKey key, int day, LocalDate date, long count, double expected, double z,
                    List<Driver> drivers, List<PostDigest> posts, List<AuthorShare> authors, List<SeriesKey> alsoBurst,
                    LocalDate from, LocalDate until, int alertDays) {
    public Alert {
        drivers = List.copyOf(drivers);
        posts = List.copyOf(posts);
        authors = List.copyOf(authors);
        alsoBurst = List.copyOf(alsoBurst);
    }

    /** A co-occurring key: in how many of the burst's sampled posts, and its own count against its baseline. */
    public record Driver(SeriesKey key, int together, long count, double expected) {
    }

    /** An author and how many of the burst's sampled posts they wrote. */
    public record AuthorShare(String author, int posts) {
    }

    Alert withAlso(List<SeriesKey> also) {
        return new Alert(key, day, date, count, expected, z, drivers, posts, authors, also, from, until, alertDays);
    }

    Alert withEpisode(LocalDate first, LocalDate last, int days) {
        return new Alert(key, day, date, count, expected, z, drivers, posts, authors, alsoBurst, first, last, days);
    }
}
