-- Profile `native`: the project's own schema (crm-schema.md), table `time_entry` as it is.
SELECT rep_id, work_date, total_hours, selling_hours FROM time_entry
