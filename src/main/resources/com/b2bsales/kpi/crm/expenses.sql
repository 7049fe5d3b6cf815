SELECT id, incurred_on, category, amount
FROM expense
WHERE incurred_on >= ? AND incurred_on < ?
ORDER BY id
