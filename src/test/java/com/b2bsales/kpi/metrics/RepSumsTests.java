package com.b2bsales.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Sums per rep: exact hundredths, reps in any order, and the same sums after a save and a restore. */
class RepSumsTests {

    @Test
    void sumsAmountsPerRepExactlyWhateverOrderTheRepsComeIn() {
        RepSums sums = new RepSums();
        sums.add(30, new BigDecimal("0.10"));
        sums.add(10, new BigDecimal("1000.5"));
        sums.add(30, new BigDecimal("0.20"));
        sums.add(20, new BigDecimal("7"));
        sums.add(-1, new BigDecimal("3.33"));

        assertThat(sums.amount(30)).isEqualByComparingTo("0.30");
        assertThat(sums.amount(10)).isEqualByComparingTo("1000.50");
        assertThat(sums.amount(99)).isEqualByComparingTo("0");
        assertThat(sums.amounts().keySet()).containsExactly(-1L, 10L, 20L, 30L);
        assertThat(sums.amounts().values()).extracting(BigDecimal::toPlainString)
                .containsExactly("3.33", "1000.50", "7.00", "0.30");
    }

    @Test
    void countsAgreeWithAMapForThousandsOfRepsInRandomOrder() {
        RepSums sums = new RepSums();
        TreeMap<Long, Long> expected = new TreeMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long rep = random.nextInt(2_000) * 37L;
            sums.add(rep, 1);
            expected.merge(rep, 1L, Long::sum);
        }
        assertThat(sums.counts()).containsExactlyEntriesOf(expected);
    }

    @Test
    void theLargestAmountOfTheSchemaAddsUpWithoutLosingACent() {
        RepSums sums = new RepSums();
        BigDecimal largest = new BigDecimal("9999999999999.99"); // DECIMAL(15,2)
        for (int i = 0; i < 1_000; i++) {
            sums.add(1, largest);
        }
        assertThat(sums.amount(1)).isEqualByComparingTo(largest.multiply(BigDecimal.valueOf(1_000)));
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        RepSums sums = new RepSums();
        assertThatThrownBy(() -> sums.add(1, new BigDecimal("10.005")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.005").hasMessageContaining("DECIMAL(15,2)");
        assertThat(sums.amounts()).isEmpty();
        sums.add(1, new BigDecimal("10.500")); // trailing zeros are two decimals
        assertThat(sums.amount(1)).isEqualByComparingTo("10.50");
    }

    @Test
    void aRestoredCopyCarriesOnFromTheSavedSums() throws Exception {
        RepSums sums = new RepSums();
        for (long rep = 100; rep > 0; rep--) {
            sums.add(rep, rep);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sums);
        }
        RepSums restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (RepSums) in.readObject();
        }
        restored.add(50, 1);
        restored.add(500, 2);

        assertThat(restored.get(50)).isEqualTo(51);
        assertThat(restored.get(500)).isEqualTo(2);
        assertThat(restored.counts()).hasSize(101);
        assertThat(sums.get(50)).isEqualTo(50);
    }
}
