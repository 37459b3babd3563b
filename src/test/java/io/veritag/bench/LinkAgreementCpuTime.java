package io.veritag.bench;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link LinkAgreementBenchmark}'s comparison measured in the thread's CPU time (the fastest of 30 reports after
 * 10 to warm up, each way): on a machine shared with other work, wall-clock single shots vary by ±50 % and
 * hide a difference of 20 %, CPU time does much less.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=io.veritag.bench.LinkAgreementCpuTime -Dbench=}
 */
public final class LinkAgreementCpuTime {
    private LinkAgreementCpuTime() {
    }

    public static void main(String[] args) {
        AgreementInput with = LinkBenchCorpus.input(1000, true);
        AgreementInput without = LinkBenchCorpus.input(1000, false);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long fastestWith = Long.MAX_VALUE;
        long fastestWithout = Long.MAX_VALUE;
        for (int round = 0; round < 40; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            AgreementCalculator.compute(without);
            long t1 = cpu.getCurrentThreadCpuTime();
            AgreementCalculator.compute(with);
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round >= 10) {
                fastestWithout = Math.min(fastestWithout, t1 - t0);
                fastestWith = Math.min(fastestWith, t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "full report, 1,000 articles x 3 annotators, CPU time (fastest of 30):%n"
                        + "  without link measures %.1f ms%n  with link measures    %.1f ms (+%.0f %%)%n",
                fastestWithout / 1e6, fastestWith / 1e6, 100.0 * (fastestWith - fastestWithout) / fastestWithout);
    }
}
