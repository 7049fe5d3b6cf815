SELECT sales_rep.*
FROM {sales_rep} sales_rep
ORDER BY id
