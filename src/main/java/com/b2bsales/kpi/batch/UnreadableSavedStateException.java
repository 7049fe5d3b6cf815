package com.b2bsales.kpi.batch;

/**
 * The state a run saved (team roster, tallies) cannot be read by this release: an earlier release
 * saved it with classes this one moved or changed ({@link SavedState}). Its workbooks cannot be
 * written or mailed again from it; {@code --rerun} computes the period again.
 */
public class UnreadableSavedStateException extends IllegalStateException {

    UnreadableSavedStateException(long executionId, String why) {
        super("the results saved by execution " + executionId + " cannot be read by this release (" + why + ")");
    }
}
