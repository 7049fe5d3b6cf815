package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.system.Databases;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * The execution contexts as the job store keeps them: Spring Batch's Java serialization, except that
 * a context this release cannot read (it holds an object of a class that an earlier release had and
 * this one moved, renamed or changed) is loaded as a context that holds only why, under
 * {@link #UNREADABLE}. Spring Batch's own serializer fails on it, and with it the loading of its job
 * execution: the run history, the choice of a run to resume and the restart itself, at every start.
 * Such a run is not resumed ({@link SavedState}); its history stays readable.
 */
@Component
public class SavedContexts implements ExecutionContextSerializer {

    static final String UNREADABLE = "report.unreadable";

    private final DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();

    @Override
    public void serialize(Map<String, Object> context, OutputStream out) throws IOException {
        serializer.serialize(context, out);
    }

    @Override
    public Map<String, Object> deserialize(InputStream in) throws IOException {
        try {
            return serializer.deserialize(in);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Spring Batch's "Failed to deserialize object": a class missing, or changed since
            return Map.of(UNREADABLE, "its saved state cannot be read: " + unreadableBecause(e));
        }
    }

    /** Why the context could not be read, if it could not. */
    static Optional<String> unreadable(ExecutionContext context) {
        return Optional.ofNullable(context.getString(UNREADABLE, null));
    }

    /** "class com.b2bsales.kpi.metrics.TeamTallies is not in this release", or what else went wrong. */
    static String unreadableBecause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClassNotFoundException missing) {
                return "class " + missing.getMessage() + " is not in this release";
            }
            if (t instanceof InvalidClassException changed) {
                return "class " + changed.classname + " has changed since it was saved";
            }
        }
        return Databases.rootMessage(failure);
    }
}
