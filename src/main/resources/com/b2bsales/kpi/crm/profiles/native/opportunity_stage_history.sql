-- Profile `native`: the project's own schema (crm-schema.md), table `opportunity_stage_history` as it is.
SELECT opportunity_id, stage, entered_at FROM opportunity_stage_history
