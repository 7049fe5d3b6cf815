-- Expenses incurred in [:from, :to), and those without incurred_on: untrusted, counted in every period.
SELECT {expense.columns}
FROM {expense} expense
WHERE (incurred_on >= :from AND incurred_on < :to) OR incurred_on IS NULL
ORDER BY {expense.order}
