-- All contracts, grouped by account: whether an account is new or churned depends on its whole history.
SELECT id, account_id, start_date, end_date, annual_value
FROM contract
ORDER BY account_id, id
