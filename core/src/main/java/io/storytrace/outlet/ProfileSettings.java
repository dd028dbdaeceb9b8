package io.storytrace.outlet;

/**
 * The smallest samples a share is shown for; below them only counts are shown, since a share of
 * three articles says little about an outlet.
 *
 * @param minArticles the least number of an outlet's articles for shares of articles
 * @param minQuotes the least number of an outlet's compared quotations for shares of quotations
 */
public record ProfileSettings(int minArticles, int minQuotes) {

    public ProfileSettings {
        if (minArticles < 1 || minQuotes < 1) {
            throw new IllegalArgumentException(
                    "minimum samples must be positive: " + minArticles + ", " + minQuotes);
        }
    }

    public static ProfileSettings defaults() {
        return new ProfileSettings(10, 20);
    }
}
