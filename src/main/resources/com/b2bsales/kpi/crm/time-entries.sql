-- Time entries of [?, ?), and those without work_date: untrusted, counted in every period.
SELECT rep_id, work_date, total_hours, selling_hours
FROM time_entry
WHERE (work_date >= ? AND work_date < ?) OR work_date IS NULL
ORDER BY rep_id, work_date, total_hours, selling_hours
