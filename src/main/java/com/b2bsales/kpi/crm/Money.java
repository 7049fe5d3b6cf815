package com.b2bsales.kpi.crm;

import java.math.BigDecimal;

/** Checks shared by the trust rules of several tables. */
final class Money {

    private Money() {
    }

    static boolean nullOrNegative(BigDecimal amount) {
        return amount == null || amount.signum() < 0;
    }
}
