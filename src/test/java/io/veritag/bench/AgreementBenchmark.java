package io.veritag.bench;

import io.veritag.agreement.AgreementCalculator;
import io.veritag.agreement.AgreementInput;
import io.veritag.agreement.AgreementReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full agreement report (every measure, pooled and per article) on 1,000 articles × 3 annotators ×
 * about 20 spans each, against DKPro Agreement 2.2.1 computing the same measures on the same input.
 * Each call is one whole report (single-shot time). DKPro takes minutes per report, so it gets no warm-up
 * and three measurements.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=AgreementBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AgreementBenchmark {
    private AgreementInput input;

    @Setup
    public void buildCorpus() {
        input = AgreementBenchCorpus.input(1000);
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 15)
    public AgreementReport veritag() {
        return AgreementCalculator.compute(input);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 3)
    public double dkpro() {
        return DkproAgreement.compute(input);
    }
}
