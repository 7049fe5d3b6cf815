-- Expenses incurred in [?, ?), and those without incurred_on: untrusted, counted in every period.
SELECT id, incurred_on, category, amount
FROM expense
WHERE (incurred_on >= ? AND incurred_on < ?) OR incurred_on IS NULL
ORDER BY id
