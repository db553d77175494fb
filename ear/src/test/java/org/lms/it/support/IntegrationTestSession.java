package org.lms.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what the server under test needs before Arquillian starts it, once per test JVM:
 * a fresh {@code lms_it} database, the TCP proxies the server reaches PostgreSQL and Redis through
 * (so tests can cut either off), the Sentry receiver and the SMTP server (GreenMail) that receives
 * the verification and reset mail. Only for the integration tests (failsafe
 * sets their ports); unit tests skip it.
 */
public class IntegrationTestSession implements LauncherSessionListener {

    private static DatabaseProxy proxy;
    private static DatabaseProxy redisProxy;
    private static SentryReceiver sentry;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String proxyPort = System.getenv("LMS_IT_DB_PROXY_PORT");
        if (proxyPort == null) {
            return;
        }
        try {
            recreateDatabase();
            proxy = DatabaseProxy.start(Integer.parseInt(proxyPort), Itdb.HOST, Itdb.PORT);
            redisProxy = DatabaseProxy.start(Integer.parseInt(System.getenv("LMS_IT_REDIS_PROXY_PORT")),
                    env("LMS_IT_REDIS_HOST", "127.0.0.1"), Integer.parseInt(env("LMS_IT_REDIS_PORT", "6379")));
            sentry = SentryReceiver.start(Integer.parseInt(System.getenv("LMS_IT_SENTRY_PORT")));
            mail = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("LMS_IT_SMTP_PORT")), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            mail.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the integration test environment", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (proxy != null) {
            proxy.close();
        }
        if (redisProxy != null) {
            redisProxy.close();
        }
        if (sentry != null) {
            sentry.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** The proxy in front of Redis, which holds the rate-limit windows; its port is {@code lms.it.redis.proxy.port}. */
    public static DatabaseProxy redisProxy() {
        return redisProxy;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static DatabaseProxy databaseProxy() {
        return proxy;
    }

    public static SentryReceiver sentryReceiver() {
        return sentry;
    }

    /** The SMTP server the LMS under test sends its mail to. */
    public static GreenMail mailServer() {
        return mail;
    }

    private static void recreateDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection(Itdb.url("postgres"), Itdb.USER, Itdb.PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + Itdb.NAME + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + Itdb.NAME);
        }
    }
}
