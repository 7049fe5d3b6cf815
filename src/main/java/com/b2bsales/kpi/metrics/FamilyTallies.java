package com.b2bsales.kpi.metrics;

/** The tallies of the five family steps of one run. */
public record FamilyTallies(RevenueTally revenue, ConversionTally conversion, PipelineTally pipeline,
        CustomerTally customers, SalesTeamTally salesTeam) {
}
