package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.team.TeamTallies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A family's tallies as a step's execution context keeps them: a copy, never the tallies being added
 * to, as their serialized bytes, compressed. Spring Batch saves the context once more when a step
 * fails, and it must then hold the totals of the last commit, not those of the chunk that was rolled
 * back (which a restart reads again). With a thousand reps the totals per rep and period are
 * thousands of objects: a copy of them made at every commit filled the heap with objects that live
 * one chunk each, and the saved contexts (half a megabyte each) filled the embedded job database's
 * cache.
 */
final class SavedTallies {

    private SavedTallies() {
    }

    static void put(ExecutionContext context, String key, TeamTallies tallies) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater fast = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes, fast))) {
            out.writeObject(tallies);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the tallies of " + key, e);
        } finally {
            fast.end();
        }
        context.put(key, bytes.toByteArray());
    }

    static TeamTallies get(ExecutionContext context, String key) {
        try {
            return read(context, key);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the saved tallies of " + key, e);
        }
    }

    /**
     * Why the tallies saved under the key cannot be read by this release, if they cannot: saved by an
     * earlier release whose classes of them were named or made otherwise.
     */
    static Optional<String> unreadable(ExecutionContext context, String key) {
        try {
            read(context, key);
            return Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.of("the saved tallies of " + key + " cannot be read: " + SavedContexts.unreadableBecause(e));
        }
    }

    private static TeamTallies read(ExecutionContext context, String key) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(
                new InflaterInputStream(new ByteArrayInputStream((byte[]) context.get(key))))) {
            return (TeamTallies) in.readObject();
        }
    }
}
