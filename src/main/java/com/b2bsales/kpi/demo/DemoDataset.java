package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import com.b2bsales.kpi.demo.DemoRows.Contract;
import com.b2bsales.kpi.demo.DemoRows.Expense;
import com.b2bsales.kpi.demo.DemoRows.Forecast;
import com.b2bsales.kpi.demo.DemoRows.Lead;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.Quota;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.StageEntry;
import com.b2bsales.kpi.demo.DemoRows.TimeEntry;
import java.util.List;

/**
 * Every generated row, table by table. The lists are mutable so that {@link UntrustedRows} can spoil a few
 * rows in place.
 */
record DemoDataset(List<SalesRep> salesReps, List<Account> accounts, List<Lead> leads,
        List<Opportunity> opportunities, List<StageEntry> stageHistory, List<Quota> quotas,
        List<Forecast> forecasts, List<Expense> expenses, List<TimeEntry> timeEntries, List<Contract> contracts) {
}
