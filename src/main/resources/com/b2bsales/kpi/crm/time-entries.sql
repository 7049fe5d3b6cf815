-- Time entries of [:from, :to), and those without work_date: untrusted, counted in every period.
SELECT {time_entry.columns}
FROM {time_entry} time_entry
WHERE (work_date >= :from AND work_date < :to) OR work_date IS NULL
ORDER BY rep_id, work_date, total_hours, selling_hours
