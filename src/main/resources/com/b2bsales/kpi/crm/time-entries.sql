SELECT rep_id, work_date, total_hours, selling_hours
FROM time_entry
WHERE work_date >= ? AND work_date < ?
ORDER BY rep_id, work_date, total_hours, selling_hours
