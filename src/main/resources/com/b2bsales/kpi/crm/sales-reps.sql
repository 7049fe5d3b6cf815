SELECT id, name, team, region, hired_on, left_on
FROM sales_rep
ORDER BY id
