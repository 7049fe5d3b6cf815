package com.b2bsales.kpi.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.b2bsales.kpi.H2Crm;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Columns are read as their contract types or null; more decimals as they are; a value of another type fails by name. */
class CrmRowMappersTests {

    private JdbcTemplate sql;

    @BeforeEach
    void crm() {
        sql = new JdbcTemplate(H2Crm.dataSource(H2Crm.create()));
    }

    @Test
    void shouldReadANullInANotNullableColumnAsNullForTheTrustRules() {
        // given a CRM whose view leaves created_at empty
        sql.execute("ALTER TABLE opportunity ALTER COLUMN created_at SET NULL");
        sql.update("INSERT INTO opportunity (id, account_id, owner_rep_id, stage, status, amount) "
                + "VALUES (1, 1, 1, 'Discovery', 'OPEN', 10)");

        // when
        List<OpportunityRow> rows = sql.query("SELECT * FROM opportunity", new CrmRowMappers(CrmTimes.LOCAL).opportunity);

        // then
        assertThat(rows).singleElement().satisfies(deal -> {
            assertThat(deal.createdAt()).isNull();
            assertThat(deal.brokenRule()).contains(TrustRule.OPPORTUNITY_MISSING_CREATED_AT);
        });
    }

    @Test
    void shouldReadAnAmountWithSixDecimalsAsItIs() {
        // given
        sql.execute("ALTER TABLE opportunity ALTER COLUMN amount SET DATA TYPE DECIMAL(20,6)");
        sql.update("INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount) "
                + "VALUES (1, 1, 1, TIMESTAMP '2026-04-01 09:00:00', 'Discovery', 'OPEN', 10.123456)");

        // when
        List<OpportunityRow> rows = sql.query("SELECT * FROM opportunity", new CrmRowMappers(CrmTimes.LOCAL).opportunity);

        // then
        assertThat(rows).singleElement().extracting(deal -> deal.amount().toPlainString()).isEqualTo("10.123456");
    }

    @Test
    void shouldNameTheTableAndColumnOfAValueThatIsNotOfTheColumnsType() {
        // given a view whose amount is text
        sql.execute("ALTER TABLE opportunity ALTER COLUMN amount SET DATA TYPE VARCHAR(20)");
        sql.update("INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount) "
                + "VALUES (1, 1, 1, TIMESTAMP '2026-04-01 09:00:00', 'Discovery', 'OPEN', 'ten euros')");

        // when / then
        assertThatThrownBy(() -> sql.query("SELECT * FROM opportunity", new CrmRowMappers(CrmTimes.LOCAL).opportunity))
                .isInstanceOf(UnreadableColumnException.class)
                .hasMessageStartingWith("table opportunity, column amount: a value cannot be read as a decimal number");
    }
}
