package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.team.TeamRoster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.util.Base64;
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

    /**
     * Classes kept in job execution contexts that a release moved without changing their fields, by
     * the name earlier releases saved them with: the team roster was in the package crm before the
     * restructuring of issue 10.
     */
    private static final Map<String, Class<?>> MOVED = Map.of("com.b2bsales.kpi.crm.TeamRoster", TeamRoster.class);

    private final DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();

    @Override
    public void serialize(Map<String, Object> context, OutputStream out) throws IOException {
        serializer.serialize(context, out);
    }

    @Override
    public Map<String, Object> deserialize(InputStream in) throws IOException {
        byte[] saved = in.readAllBytes();
        try {
            return serializer.deserialize(new ByteArrayInputStream(saved));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Spring Batch's "Failed to deserialize object": a class missing, or changed since
            try {
                return withMovedClasses(saved);
            } catch (IOException | ClassNotFoundException | RuntimeException notMoved) {
                return Map.of(UNREADABLE, "its saved state cannot be read: " + unreadableBecause(e));
            }
        }
    }

    /**
     * A context saved by an earlier release whose classes in it this one only moved ({@link #MOVED}):
     * read with them, so that its run history (workbooks, mailing) stays whole. Any other class that
     * is missing or changed still fails it.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withMovedClasses(byte[] saved) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(Base64.getDecoder().wrap(new ByteArrayInputStream(saved))) {
            @Override
            protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
                ObjectStreamClass described = super.readClassDescriptor();
                Class<?> moved = MOVED.get(described.getName());
                return moved == null ? described : ObjectStreamClass.lookup(moved);
            }
        }) {
            return (Map<String, Object>) in.readObject();
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
