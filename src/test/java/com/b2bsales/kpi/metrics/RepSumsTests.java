package com.b2bsales.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.crm.CrmIds;
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
        sums.add("30", new BigDecimal("0.10"));
        sums.add("10", new BigDecimal("1000.5"));
        sums.add("30", new BigDecimal("0.20"));
        sums.add("20", new BigDecimal("7"));
        sums.add("-1", new BigDecimal("3.33"));

        assertThat(sums.amount("30")).isEqualByComparingTo("0.30");
        assertThat(sums.amount("10")).isEqualByComparingTo("1000.50");
        assertThat(sums.amount("99")).isEqualByComparingTo("0");
        assertThat(sums.amounts().keySet()).containsExactly("-1", "10", "20", "30");
        assertThat(sums.amounts().values()).extracting(BigDecimal::toPlainString)
                .containsExactly("3.33", "1000.50", "7.00", "0.30");
    }

    @Test
    void sumsPerRepWhateverTheFormOfItsIdNumbersInNumericOrderFirst() {
        RepSums sums = new RepSums();
        sums.add("seed_sally_id", new BigDecimal("5"));
        sums.add("10", new BigDecimal("2"));
        sums.add("9", new BigDecimal("1"));
        sums.add("1f0c2a6e-3b1d-4c1e-9a5e-7d2b8c9e0f11", new BigDecimal("3"));
        sums.add("seed_Sally_id", new BigDecimal("4")); // another id: ids are compared exactly
        sums.add("seed_sally_id", new BigDecimal("0.01"));

        assertThat(sums.amounts().keySet()).containsExactly("9", "10", "seed_Sally_id", "seed_sally_id",
                "1f0c2a6e-3b1d-4c1e-9a5e-7d2b8c9e0f11");
        assertThat(sums.amount("seed_sally_id")).isEqualByComparingTo("5.01");
        assertThat(sums.amount("seed_Sally_id")).isEqualByComparingTo("4");
    }

    @Test
    void countsAgreeWithAMapForThousandsOfRepsInRandomOrder() {
        RepSums sums = new RepSums();
        TreeMap<String, Long> expected = new TreeMap<>(CrmIds.ORDER);
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String rep = String.valueOf(random.nextInt(2_000) * 37L);
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
            sums.add("1", largest);
        }
        assertThat(sums.amount("1")).isEqualByComparingTo(largest.multiply(BigDecimal.valueOf(1_000)));
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsSummedAsItIsNeitherRefusedNorRounded() {
        RepSums sums = new RepSums();
        sums.add("1", new BigDecimal("10.005"));
        sums.add("1", new BigDecimal("0.005"));
        sums.add("1", new BigDecimal("0.000001"));
        sums.add("2", new BigDecimal("10.500")); // trailing zeros are two decimals
        sums.add("3", new BigDecimal("0.123456"));

        assertThat(sums.amount("1").toPlainString()).isEqualTo("10.010001");
        assertThat(sums.amount("2").toPlainString()).isEqualTo("10.50");
        assertThat(sums.amounts().values()).extracting(BigDecimal::toPlainString)
                .containsExactly("10.010001", "10.50", "0.123456");
        assertThat(sums.totalAmount()).isEqualByComparingTo("20.633457");
    }

    @Test
    void amountsWithUpToSixDecimalsAgreeWithBigDecimalSumsForThousandsOfRepsInRandomOrder() throws Exception {
        RepSums sums = new RepSums();
        TreeMap<String, BigDecimal> expected = new TreeMap<>(CrmIds.ORDER);
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String rep = String.valueOf(random.nextInt(2_000) * 37L);
            // mostly cents, as the schema holds; one in ten with up to six decimals, as a view may
            int scale = random.nextInt(10) == 0 ? 3 + random.nextInt(4) : 2;
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(0, 100_000_000_000L), scale);
            sums.add(rep, amount);
            expected.merge(rep, amount, BigDecimal::add);
        }
        RepSums restored = roundTrip(sums);

        assertThat(restored.amounts().keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((rep, sum) -> assertThat(restored.amount(rep)).as("rep " + rep).isEqualByComparingTo(sum));
        assertThat(restored.totalAmount())
                .isEqualByComparingTo(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aRestoredCopyCarriesOnFromTheSavedSums() throws Exception {
        RepSums sums = new RepSums();
        for (long rep = 100; rep > 0; rep--) {
            sums.add(String.valueOf(rep), rep);
        }
        RepSums restored = roundTrip(sums);
        restored.add("50", 1);
        restored.add("500", 2);

        assertThat(restored.get("50")).isEqualTo(51);
        assertThat(restored.get("500")).isEqualTo(2);
        assertThat(restored.counts()).hasSize(101);
        assertThat(sums.get("50")).isEqualTo(50);
    }

    private static RepSums roundTrip(RepSums sums) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sums);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RepSums) in.readObject();
        }
    }
}
