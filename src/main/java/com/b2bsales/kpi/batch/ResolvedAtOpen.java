package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmRow;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A family step's step-scoped reader and trust filter, looked up in the step's scope once, when the step opens
 * them, instead of at every call through their scoped proxies: those are called for every row (read, then
 * process), and a call through a scoped proxy looks its target up in the scope each time. Each family step has
 * its own, used by one execution of the step at a time.
 */
final class ResolvedAtOpen {

    private ResolvedAtOpen() {
    }

    @SuppressWarnings("unchecked")
    private static <T> T target(T bean) {
        return bean instanceof ScopedObject scoped ? (T) scoped.getTargetObject() : bean;
    }

    /** The stream part both share: the target looked up at open, then opened, saved and closed as itself. */
    private abstract static class Resolved<T extends ItemStream> implements ItemStream {

        private final T scoped;
        T target;

        Resolved(T scoped) {
            this.scoped = scoped;
        }

        @Override
        public void open(ExecutionContext context) {
            target = target(scoped);
            target.open(context);
        }

        @Override
        public void update(ExecutionContext context) {
            // not opened (a stream before it failed to open): nothing of it to save
            if (target != null) {
                target.update(context);
            }
        }

        @Override
        public void close() {
            if (target != null) {
                target.close();
                target = null;
            }
        }
    }

    static final class Reader extends Resolved<ItemStreamReader<CrmRow>> implements ItemStreamReader<CrmRow> {

        Reader(ItemStreamReader<CrmRow> scoped) {
            super(scoped);
        }

        @Override
        public CrmRow read() throws Exception {
            return target.read();
        }
    }

    static final class Processor<P extends ItemProcessor<CrmRow, CrmRow> & ItemStream> extends Resolved<P>
            implements ItemProcessor<CrmRow, CrmRow> {

        Processor(P scoped) {
            super(scoped);
        }

        @Override
        public CrmRow process(CrmRow row) throws Exception {
            return target.process(row);
        }
    }
}
