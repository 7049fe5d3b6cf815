-- All contracts, grouped by account: whether an account is new or churned depends on its whole history.
SELECT {contract.columns}
FROM {contract} contract
ORDER BY account_id, {contract.order}
