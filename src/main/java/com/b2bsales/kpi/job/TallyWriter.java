package com.b2bsales.kpi.job;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.team.TeamRoster;
import com.b2bsales.kpi.team.TeamTallies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Adds each chunk of trusted rows to the family's tallies (the company's, and each team's for the
 * rows of its reps), and keeps them in the step's execution context: they are saved with every
 * commit, so a restart resumes from the last one.
 *
 * <p>The context gets a copy of the tallies, never the ones being added to: Spring Batch saves the
 * context once more when a step fails, and it must then hold the totals of the last commit, not
 * those of the chunk that was rolled back (which a restart reads again). The copy is kept as its
 * serialized bytes, compressed: with a thousand reps the totals per rep and period are thousands of
 * objects, a copy of them made at every commit filled the heap with objects that live one chunk
 * each, and the saved contexts (half a megabyte each) filled the embedded job database's cache.
 */
final class TallyWriter implements ItemStreamWriter<CrmRow>, StepExecutionListener {

    private final String key;
    private final Function<Optional<String>, Tally> tallyFor;
    private final boolean perTeam;
    private TeamTallies tallies;

    /**
     * @param tallyFor a new tally for the company or a team
     * @param perTeam  whether a team's workbook restricts this family to the team (the customer
     *                 metrics stay company-wide)
     */
    TallyWriter(String key, Function<Optional<String>, Tally> tallyFor, boolean perTeam) {
        this.key = key;
        this.tallyFor = tallyFor;
        this.perTeam = perTeam;
    }

    /** The teams come from the job's first step; before {@link #open}, which may replace them with the saved ones. */
    @Override
    public void beforeStep(StepExecution step) {
        TeamRoster roster = perTeam ? TeamRosterTasklet.rosterOf(step.getJobExecution()) : TeamRoster.NONE;
        tallies = new TeamTallies(roster, tallyFor);
    }

    @Override
    public void write(Chunk<? extends CrmRow> rows) {
        for (CrmRow row : rows) {
            tallies.add(row);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            tallies = saved(context, key);
        }
    }

    @Override
    public void update(ExecutionContext context) {
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

    /** The tallies saved under {@code key} in a step's context, or in the job's once promoted. */
    static TeamTallies saved(ExecutionContext context, String key) {
        if (context.get(key) instanceof TeamTallies savedByAnEarlierVersion) {
            return savedByAnEarlierVersion;
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new InflaterInputStream(new ByteArrayInputStream((byte[]) context.get(key))))) {
            return (TeamTallies) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the saved tallies of " + key, e);
        }
    }

    String key() {
        return key;
    }
}
