package org.lms.domain.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The score of a closed attempt: points earned of the total, the percentage rounded half-up to two
 * decimals, and whether it passed. Passing compares exactly ({@code earned * 100 >= passMark * total}),
 * so rounding never turns a fail into a pass.
 */
public record Grade(int pointsEarned, int pointsTotal, BigDecimal percent, boolean passed) {

    public Grade {
        Objects.requireNonNull(percent, "percent");
    }

    public static Grade of(int pointsEarned, int pointsTotal, int passMarkPercent) {
        BigDecimal percent = pointsTotal == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(pointsEarned * 100L).divide(BigDecimal.valueOf(pointsTotal), 2, RoundingMode.HALF_UP);
        return new Grade(pointsEarned, pointsTotal, percent, pointsEarned * 100L >= (long) passMarkPercent * pointsTotal);
    }
}
