package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** One catalog queried from 8 threads at once answers exactly as it does serially. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @Test
    void eightThreadsGetTheSerialAnswers() throws Exception {
        PlanCatalog catalog = PlanCatalog.bundled();
        List<Supplier<List<?>>> queries = List.of(
                () -> catalog.targets().province("Long An").year(2030).list(),
                () -> catalog.targets().indicator(Indicators.GRDP_GROWTH).list(),
                () -> catalog.directives().province("lang son").theme(Theme.BORDER_ECONOMY, Theme.TRANSPORT).list(),
                () -> catalog.directives().deadlineBefore(LocalDate.of(2023, 1, 16)).list(),
                () -> catalog.directives().text("giao thong").list(),
                () -> catalog.directives().issuer("Phạm Minh Chính").list(),
                () -> catalog.plans().province("Tây Ninh").includingPredecessors().list(),
                () -> catalog.plans().inForce(2024).list(),
                () -> catalog.observations().province("Long An").year(2023).list(),
                () -> catalog.proposals().theme(Theme.TRANSPORT).list());
        List<List<?>> serial = queries.stream().<List<?>>map(Supplier::get).toList();
        assertTrue(serial.stream().allMatch(result -> !result.isEmpty()), "every query finds something");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Integer>>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        int q = (round + offset) % queries.size();
                        assertEquals(serial.get(q), queries.get(q).get(), "query " + q + " in round " + round);
                        checked++;
                    }
                    return checked;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> future : futures) {
                total += future.get(60, TimeUnit.SECONDS);
            }
            assertEquals(THREADS * ROUNDS, total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBundledCatalogIsOneInstanceWhicheverThreadAsksFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var futures = new ArrayList<Future<PlanCatalog>>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(PlanCatalog::bundled));
            }
            PlanCatalog first = futures.get(0).get(60, TimeUnit.SECONDS);
            for (Future<PlanCatalog> future : futures) {
                assertTrue(first == future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
