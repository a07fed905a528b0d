package jp.espa.kikan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import one.cafebabe.businesscalendar4j.BusinessCalendar;

/**
 * businessCalendar4j downloads its holiday CSV once, when it is initialised. Each test initialises it
 * afresh in its own class loader, with a JVM-wide proxy selector that records every URL connection and
 * routes it to a closed loopback port, so nothing leaves the machine even if the guard breaks.
 */
class AdministrativeCalendarOfflineTest {

    @Test
    void japanOpensNoConnectionAndUsesTheBundledData() throws Throwable {
        try (URLClassLoader fresh = freshClassLoader()) {
            List<URI> attempted = new CopyOnWriteArrayList<>();
            AtomicReference<String> csvUrl = new AtomicReference<>();
            Object calendar = recordingConnections(attempted, () -> {
                Object japan = Class.forName(AdministrativeCalendar.class.getName(), true, fresh)
                        .getMethod("japan").invoke(null);
                csvUrl.set(System.getProperty(AdministrativeCalendar.HOLIDAY_CSV_PROPERTY));
                return japan;
            });

            assertThat(attempted).isEmpty();
            assertThat(csvUrl.get()).startsWith("jar:").endsWith("!/syukujitsu.csv");
            // the Cabinet Office list shipped in the 17.0.0 jar ends here; a download would reach further
            assertThat(Class.forName("one.cafebabe.businesscalendar4j.Japan", true, fresh)
                    .getMethod("getCabinetOfficialHolidayDataLastDay").invoke(null))
                    .isEqualTo(LocalDate.of(2024, 11, 23));
            // and the years beyond it are computed right (the full tables are in AdministrativeCalendarTest)
            var isNationalHoliday = calendar.getClass().getMethod("isNationalHoliday", LocalDate.class);
            assertThat(isNationalHoliday.invoke(calendar, LocalDate.of(2026, 9, 22))).isEqualTo(true);
            assertThat(isNationalHoliday.invoke(calendar, LocalDate.of(2027, 3, 22))).isEqualTo(true);
            assertThat(isNationalHoliday.invoke(calendar, LocalDate.of(2028, 9, 22))).isEqualTo(true);
        }
    }

    /** Shows the guard above matters, and that the recorder would catch a download. */
    @Test
    void theLibraryLeftAloneWouldDownload() throws Throwable {
        try (URLClassLoader fresh = freshClassLoader()) {
            List<URI> attempted = new CopyOnWriteArrayList<>();
            recordingConnections(attempted,
                    () -> Class.forName(BusinessCalendar.class.getName(), true, fresh));

            assertThat(attempted).extracting(URI::getHost).contains("www8.cao.go.jp");
        }
    }

    /** Our classes and the library only, so that both initialise again. */
    private static URLClassLoader freshClassLoader() {
        return new URLClassLoader(new URL[] {
            AdministrativeCalendar.class.getProtectionDomain().getCodeSource().getLocation(),
            BusinessCalendar.class.getProtectionDomain().getCodeSource().getLocation(),
        }, ClassLoader.getPlatformClassLoader());
    }

    private static <T> T recordingConnections(List<URI> attempted, ThrowingSupplier<T> action) throws Throwable {
        ProxySelector jvmDefault = ProxySelector.getDefault();
        String property = System.clearProperty(AdministrativeCalendar.HOLIDAY_CSV_PROPERTY);
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempted.add(uri);
                // port 9 (discard) on loopback: refused, so the library falls back to its bundled data
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress proxy, IOException e) {
            }
        });
        try {
            return action.get();
        } finally {
            ProxySelector.setDefault(jvmDefault);
            if (property == null) {
                System.clearProperty(AdministrativeCalendar.HOLIDAY_CSV_PROPERTY);
            } else {
                System.setProperty(AdministrativeCalendar.HOLIDAY_CSV_PROPERTY, property);
            }
        }
    }
}
