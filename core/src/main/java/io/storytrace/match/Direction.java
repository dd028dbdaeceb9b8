package io.storytrace.match;

/** Which of two related articles, a and b, derives from the other. */
public enum Direction {
    /** a derives from b. */
    A_FROM_B,
    /** b derives from a. */
    B_FROM_A,
    /** The evidence does not say. */
    UNDECIDED;

    /** The same direction with a and b exchanged. */
    public Direction swapped() {
        return switch (this) {
            case A_FROM_B -> B_FROM_A;
            case B_FROM_A -> A_FROM_B;
            case UNDECIDED -> UNDECIDED;
        };
    }
}
