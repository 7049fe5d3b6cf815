-- Not Spring Batch's (whose own schema-@@platform@@.sql, from its jar, is run before this file): the
-- run locks (ShedLock's table layout, com.b2bsales.kpi.run.RunLocks). One row per period and as-of date
-- that ever ran; a run is held while lock_until, renewed by its process, lies ahead. Run at every start,
-- so a store created before this table existed gets it then.
CREATE TABLE IF NOT EXISTS REPORT_RUN_LOCK (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until DATETIME(3) NOT NULL,
	locked_at DATETIME(3) NOT NULL,
	locked_by VARCHAR(255) NOT NULL
) ENGINE=InnoDB;

-- MySQL and MariaDB (this file serves both): Spring Batch's schema gives the execution contexts a
-- TEXT column, 64 KB here (unlimited on the other databases); a family step saves its tally in its
-- context at every commit, one set of totals per period and rep, which outgrows 64 KB with a few
-- thousand reps. LONGTEXT, as stores created by earlier releases already have it (where this
-- changes nothing).
ALTER TABLE BATCH_STEP_EXECUTION_CONTEXT MODIFY SERIALIZED_CONTEXT LONGTEXT;
ALTER TABLE BATCH_JOB_EXECUTION_CONTEXT MODIFY SERIALIZED_CONTEXT LONGTEXT;
