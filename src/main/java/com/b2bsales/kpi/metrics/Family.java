package com.b2bsales.kpi.metrics;

/** The five metric families, each with its own sheet. */
public enum Family {
    REVENUE("Revenue"),
    CONVERSION("Conversion"),
    PIPELINE("Pipeline"),
    CUSTOMERS("Customers"),
    SALES_TEAM("Sales Team");

    private final String sheetName;

    Family(String sheetName) {
        this.sheetName = sheetName;
    }

    public String sheetName() {
        return sheetName;
    }
}
