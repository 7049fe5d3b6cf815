-- Not Spring Batch's (whose own schema-@@platform@@.sql, from its jar, is run before this file): the
-- run locks (ShedLock's table layout, com.b2bsales.kpi.run.RunLocks). One row per period and as-of date
-- that ever ran; a run is held while lock_until, renewed by its process, lies ahead. Run at every start,
-- so a store created before this table existed gets it then.
CREATE TABLE IF NOT EXISTS REPORT_RUN_LOCK (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP NOT NULL,
	locked_at TIMESTAMP NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);
