package com.b2bsales.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabasesTests {

    @Test
    void shouldGiveUpOnAnUnansweringMySqlCrmAfterTheConnectTimeout() {
        // when
        HikariConfig config = Databases.config("crm", "jdbc:mysql://db.example.com:3306/crm", "u", "p", true, 8,
                Duration.ofSeconds(5));

        // then the pool waits 5 s for a connection, and the driver 5 s for the TCP connect
        assertThat(config.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(config.getDataSourceProperties()).containsEntry("connectTimeout", "5000");
        assertThat(config.isReadOnly()).isTrue();
    }

    @Test
    void shouldLeaveOtherDriversTheirOwnPropertiesAndKeepHikarisFloor() {
        // when
        HikariConfig config = Databases.config("crm", "jdbc:h2:mem:crm", "", "", true, 8, Duration.ofMillis(10));

        // then no MySQL property for H2, and never below Hikari's minimum of 250 ms
        assertThat(config.getDataSourceProperties()).doesNotContainKey("connectTimeout");
        assertThat(config.getConnectionTimeout()).isEqualTo(250);
        assertThat(config.getUsername()).isNull();
    }
}
