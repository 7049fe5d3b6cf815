package com.b2bsales.kpi.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code CRM_DB_URL} ({@code crm.db.url}) names the company's CRM: the one decision between it and the
 * embedded demo, which its own package provides when the URL is blank.
 */
public final class CrmUrl {

    private CrmUrl() {
    }

    static boolean given(ConditionContext context) {
        return !context.getEnvironment().getProperty("crm.db.url", "").isBlank();
    }

    /** {@code crm.db.url} is set: the company's CRM. */
    public static final class Given implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return given(context);
        }
    }

    /** {@code crm.db.url} is blank or missing: the embedded demo stands in for the CRM. */
    public static final class Blank implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !given(context);
        }
    }
}
