package id.kinerja.scoring;

/**
 * Minimum and/or maximum number of IKU in one PK at a level (scoring.md §9); null = no bound.
 */
public record IkuCountLimit(Integer min, Integer max) {

    public IkuCountLimit {
        if (min == null && max == null) {
            throw new IllegalArgumentException("an IKU count limit needs a min or a max");
        }
        if ((min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && min > max)) {
            throw new IllegalArgumentException("invalid IKU count limit " + min + ".." + max);
        }
    }

    public static IkuCountLimit atMost(int max) {
        return new IkuCountLimit(null, max);
    }

    public static IkuCountLimit between(int min, int max) {
        return new IkuCountLimit(min, max);
    }

    public boolean tooFew(int count) {
        return min != null && count < min;
    }

    public boolean tooMany(int count) {
        return max != null && count > max;
    }
}
