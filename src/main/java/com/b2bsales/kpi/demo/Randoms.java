package com.b2bsales.kpi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random draws the simulations share, all reproducible from the seed. */
final class Randoms {

    /** One option of a weighted choice. */
    record Weighted<T>(T value, double weight) {
    }

    private Randoms() {
    }

    static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }

    static <T> T pickWeighted(List<Weighted<T>> options, RandomGenerator random) {
        double total = options.stream().mapToDouble(Weighted::weight).sum();
        double draw = random.nextDouble(total);
        for (Weighted<T> option : options) {
            draw -= option.weight();
            if (draw < 0) {
                return option.value();
            }
        }
        return options.get(options.size() - 1).value();
    }

    /**
     * A log-normal amount around {@code median}. Box-Muller with StrictMath rather than nextGaussian(), so the
     * same seed gives the same amounts on every JVM.
     */
    static double logNormal(double median, double sigma, RandomGenerator random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        return median * StrictMath.exp(sigma * gaussian);
    }

    /** Money with cents. */
    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(Math.round(amount * 100), 2);
    }

    /** Money rounded to a multiple of {@code step}, as people write targets and prices. */
    static BigDecimal roundedMoney(double amount, long step) {
        return BigDecimal.valueOf(Math.round(amount / step) * step).setScale(2);
    }
}
