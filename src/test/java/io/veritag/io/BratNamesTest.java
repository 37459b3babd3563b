package io.veritag.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratNamesTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "plain-id_1 => plain-id_1",
            "news/2022/kherson => news%2F2022%2Fkherson",
            "a:b*c?d\"e<f>g|h\\i => a%3Ab%2Ac%3Fd%22e%3Cf%3Eg%7Ch%5Ci",
            ".hidden => %2Ehidden",
            "trailing. => trailing%2E",
            "100% => 100%25",
            "Херсон 🇺🇦 => Херсон 🇺🇦",
    })
    void encodesOnlyWhatFileSystemsRefuseAndDecodesBack(String id, String fileName) {
        assertThat(BratNames.encode(id)).isEqualTo(fileName);
        assertThat(BratNames.decode(fileName)).isEqualTo(id);
    }
}
