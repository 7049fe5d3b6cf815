SELECT {sales_rep.columns}
FROM {sales_rep} sales_rep
ORDER BY {sales_rep.order}
