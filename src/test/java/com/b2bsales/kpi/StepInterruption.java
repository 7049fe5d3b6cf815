package com.b2bsales.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Test only, active with the Spring profile {@value #PROFILE}: interrupts one step of the real job
 * after a number of committed chunks, so that tests can fail, kill or stop a run at a known point.
 *
 * <ul>
 *   <li>{@code test.step-interruption.step}: the step, e.g. {@code conversion};</li>
 *   <li>{@code test.step-interruption.after-chunks}: how many chunks commit first;</li>
 *   <li>without {@code test.step-interruption.gate}: the next chunk fails after it was read,
 *       filtered and added to the tally, just before its commit;</li>
 *   <li>with {@code test.step-interruption.gate} (a folder): the step holds before the next chunk,
 *       says so with the file {@code held} there, and carries on once a file {@code release}
 *       appears.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Profile(StepInterruption.PROFILE)
class StepInterruption {

    static final String PROFILE = "step-interruption";

    @Bean
    static BeanPostProcessor stepInterruptionPostProcessor(Environment environment) {
        String step = environment.getRequiredProperty("test.step-interruption.step");
        int afterChunks = environment.getRequiredProperty("test.step-interruption.after-chunks", Integer.class);
        String gate = environment.getProperty("test.step-interruption.gate");
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ChunkOrientedStep chunkStep && chunkStep.getName().equals(step)) {
                    chunkStep.registerChunkListener(
                            new Interruption(step, afterChunks, gate == null ? null : Path.of(gate)));
                }
                return bean;
            }
        };
    }

    private static final class Interruption implements ChunkListener<Object, Object> {

        private final String step;
        private final int afterChunks;
        private final Path gate;
        private int chunks;

        Interruption(String step, int afterChunks, Path gate) {
            this.step = step;
            this.afterChunks = afterChunks;
            this.gate = gate;
        }

        @Override
        public void beforeChunk(Chunk<Object> chunk) {
            if (gate != null && ++chunks == afterChunks + 1) {
                hold();
            }
        }

        @Override
        public void afterChunk(Chunk<Object> chunk) {
            if (gate == null && ++chunks == afterChunks + 1) {
                throw new IllegalStateException("Injected fault in step " + step + " after " + afterChunks + " chunks");
            }
        }

        private void hold() {
            try {
                Files.createFile(gate.resolve("held"));
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (!Files.exists(gate.resolve("release"))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The test never released step " + step);
                    }
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while holding step " + step, e);
            }
        }
    }
}
