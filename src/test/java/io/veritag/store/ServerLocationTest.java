package io.veritag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10 §1: a PostgreSQL server is named by host, port, database, user and a few harmless parameters only. */
@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class ServerLocationTest {
    @TempDir
    Path home;

    @Test
    void bothSpellingsGiveTheSameServer() {
        ServerLocation jdbc = ServerLocation.parse("jdbc:postgresql://db.example.org:5433/desk?user=anna&sslmode=require", "me");
        ServerLocation libpq = ServerLocation.parse("postgresql://anna@db.example.org:5433/desk?sslmode=require", "me");
        assertThat(jdbc).isEqualTo(libpq).isEqualTo(new ServerLocation("db.example.org", 5433, "desk", "anna", "require"));
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/desk");
        assertThat(jdbc.driverProperties()).containsEntry("user", "anna").containsEntry("sslmode", "require")
                .doesNotContainKey("password");
    }

    @Test
    void defaultsArePort5432TheDefaultUserAndTlsWhenOffered() {
        ServerLocation server = ServerLocation.parse("postgresql://localhost/veritag", "boris");
        assertThat(server).isEqualTo(new ServerLocation("localhost", 5432, "veritag", "boris", "prefer"));
        assertThat(server.display()).isEqualTo("postgresql://boris@localhost:5432/veritag");
        assertThat(ServerLocation.parse("jdbc:postgresql://[::1]:6000/v", "u").host()).isEqualTo("[::1]");
    }

    @Test
    void onlyServerLocationsAreServers() {
        assertThat(ServerLocation.isServer("JDBC:PostgreSQL://x/y")).isTrue();
        assertThat(ServerLocation.isServer("postgres://x/y")).isTrue();
        assertThat(ServerLocation.isServer("jdbc:h2:mem:x")).isFalse();
        assertThat(ServerLocation.isServer("postgresql.mv.db")).isFalse();
        assertThat(ServerLocation.isServer(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://h/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
            "jdbc:postgresql://h/db?sslfactory=x.Y&sslfactoryarg=http://evil/",
            "jdbc:postgresql://h/db?loggerFile=/etc/passwd",
            "jdbc:postgresql://h/db?options=-c%20role%3Dadmin",
            "jdbc:postgresql://h/db?authenticationPluginClassName=x.Y",
            "jdbc:postgresql://h/db?sslmode=disable&sslmode=require",
            "jdbc:postgresql://h/db?sslmode=please",
            "jdbc:postgresql://h/db?user=a&user=b",
            "jdbc:postgresql://h/db?connectTimeout=1;DROP",
            "jdbc:postgresql://h/db;x=1",
            "jdbc:postgresql://h/db/other",
            "jdbc:postgresql://h/db%00x",
            "jdbc:postgresql://h,other/db",
            "jdbc:postgresql://h:0/db",
            "jdbc:postgresql://h:99999/db",
            "jdbc:postgresql://h:x/db",
            "jdbc:postgresql://h",
            "jdbc:postgresql://h/",
            "jdbc:postgresql:///db",
            "jdbc:postgresql://h/db#frag",
            "jdbc:postgresql://h/d b",
            "jdbc:postgresql://h/db?user=a%22;drop",
            "jdbc:postgresql:db",
            "postgresql://a\"b@h/db",
            "postgresql://h/db\u001b[31m",
    })
    void refusesEverythingButHostPortDatabaseUserAndHarmlessParameters(String location) {
        assertThatThrownBy(() -> ServerLocation.parse(location, "me"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Refused database ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").hasLineCount(1));
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNeverRepeated() {
        assertThatThrownBy(() -> ServerLocation.parse("postgresql://anna:s3cret@h/db", "me"))
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> ServerLocation.parse("jdbc:postgresql://h/db?user=anna&password=s3cret", "me"))
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://h/db?password=s3cret&sslmode=x"))
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void theH2RulesStillRefuseH2Servers() {
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:h2:tcp://localhost/x")).hasMessageContaining("not servers");
        assertThatThrownBy(() -> DatabaseLocation.jdbcUrl("jdbc:mysql://example/x")).hasMessageContaining("only jdbc:h2:");
    }

    @Test
    void passwordsComeFromPgpasswordThenThePasswordFile() throws Exception {
        ServerLocation anna = new ServerLocation("db.example.org", 5432, "desk", "anna", "prefer");
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, String.join("\n",
                "# comment",
                "other:5432:desk:anna:wrong",
                "db.example.org:5432:desk:boris:wrong-user",
                "db.example.org:*:desk:anna:pa\\:ss\\\\word",
                "*:*:*:*:fallback", ""));
        assertThat(new ServerPassword(Map.of(), home).find(anna)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("pa:ss\\word"));
        assertThat(new ServerPassword(Map.of(), home).find(anna.as("carla"))).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("fallback"));
        assertThat(new ServerPassword(Map.of("PGPASSWORD", "from-env"), home).find(anna))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from-env"));
        Path other = home.resolve("elsewhere");
        Files.writeString(other, "db.example.org:5432:desk:anna:from-passfile\n");
        assertThat(new ServerPassword(Map.of("PGPASSFILE", other.toString()), home).find(anna))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from-passfile"));
        assertThat(new ServerPassword(Map.of(), home.resolve("nobody")).find(anna)).isEmpty();
        assertThat(new ServerPassword(Map.of("PGUSER", "zoe"), home).defaultUser()).isEqualTo("zoe");
    }
}
