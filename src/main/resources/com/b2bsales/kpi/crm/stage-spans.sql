-- The stage-history rows of the deals closed in [:from, :to), each with its deal, a deal's rows together.
-- Ordered by deal only (its id, or the stored key the profile orders deals by): the server then streams the join
-- in the deal's key order without sorting millions of rows. StageSpanReader puts each deal's rows in the order the
-- deal entered the stages and takes the time a deal left a stage from the next one (a window function here would
-- make the server sort every row).
-- The history's columns are labelled span_stage and span_entered_at (CrmRowMappers): the deal has a stage too.
SELECT {opportunity.columns}, {opportunity_stage_history.columns}
FROM {opportunity_stage_history} opportunity_stage_history
JOIN {opportunity} opportunity ON opportunity.id = opportunity_stage_history.opportunity_id
WHERE opportunity.closed_at >= :from AND opportunity.closed_at < :to
ORDER BY {opportunity.order}
